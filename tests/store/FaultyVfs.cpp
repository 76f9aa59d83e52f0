// Wraps SQLite's default VFS; writes and truncations, or reads, fail while a fault is set.
#include "FaultyVfs.hpp"

#include <atomic>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace atelier::store::testing {
namespace {

std::atomic<DiskFault> g_fault{DiskFault::None};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};
sqlite3_io_methods g_methods{};

struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file)->real;
}

int failure() {
    return g_fault.load() == DiskFault::Full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
}

int xClose(sqlite3_file* file) {
    sqlite3_file* real = realOf(file);
    const int result = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    sqlite3_free(real);
    return result;
}
int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    if (g_fault.load() == DiskFault::ReadError) {
        return SQLITE_IOERR_READ;
    }
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (g_fault.load() == DiskFault::Full || g_fault.load() == DiskFault::ReadOnly) {
        return failure();
    }
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (g_fault.load() == DiskFault::Full || g_fault.load() == DiskFault::ReadOnly) {
        return failure();
    }
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int xSync(sqlite3_file* file, int flags) {
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int xLock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int xUnlock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int xCheckReservedLock(sqlite3_file* file, int* out) {
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int xFileControl(sqlite3_file* file, int op, void* arg) {
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int xSectorSize(sqlite3_file* file) {
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int xDeviceCharacteristics(sqlite3_file* file) {
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void xShmBarrier(sqlite3_file* file) {
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int xShmUnmap(sqlite3_file* file, int deleteFlag) {
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int xFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}
int xUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer) {
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, pointer);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* faulty = reinterpret_cast<FaultyFile*>(file);
    faulty->base.pMethods = nullptr;
    faulty->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_real->szOsFile));
    if (faulty->real == nullptr) {
        return SQLITE_NOMEM;
    }
    std::memset(faulty->real, 0, static_cast<std::size_t>(g_real->szOsFile));
    if (g_fault.load() == DiskFault::ReadOnly && (flags & SQLITE_OPEN_READWRITE) != 0) {
        // What SQLite's unix VFS does when it may not write a file: open it read-only instead.
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    const int result = g_real->xOpen(g_real, name, faulty->real, flags, outFlags);
    if (result != SQLITE_OK) {
        sqlite3_free(faulty->real);
        faulty->real = nullptr;
        return result;
    }
    faulty->base.pMethods = &g_methods;
    return SQLITE_OK;
}

} // namespace

void installFaultyVfs() {
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = *g_real;
        g_vfs.zName = "atelier-faulty";
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile));
        g_vfs.xOpen = xOpen;
        g_vfs.pNext = nullptr;
        g_methods.iVersion = 3;
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
        g_methods.xShmMap = xShmMap;
        g_methods.xShmLock = xShmLock;
        g_methods.xShmBarrier = xShmBarrier;
        g_methods.xShmUnmap = xShmUnmap;
        g_methods.xFetch = xFetch;
        g_methods.xUnfetch = xUnfetch;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

void setDiskFault(DiskFault fault) {
    g_fault.store(fault);
}

} // namespace atelier::store::testing
