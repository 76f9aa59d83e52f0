# Finds Atelier's dependencies: Debian 12 packages only, nothing downloaded (scripts/setup installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(spdlog REQUIRED) # app/input and the fuzz targets log through it

if(ATELIER_FUZZ)
  return()
endif()

find_package(SDL2 REQUIRED)
find_package(OpenGL REQUIRED COMPONENTS OpenGL)
find_package(SQLiteCpp REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)
find_package(GTest REQUIRED)
find_package(benchmark REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
pkg_check_modules(LIBSYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
# The facilitator's PIN: Argon2id (crypto_pwhash_str) and HMAC-SHA256 for hashes of older versions.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# Photos on the map: PROJ brings map coordinates to WGS 84 (replay's exports); libgeotiff reads a GeoTIFF's
# georeference tags through libtiff (table's import). libgeotiff ships no pkg-config file on Debian 12.
pkg_check_modules(PROJ REQUIRED IMPORTED_TARGET proj)
pkg_check_modules(TIFF REQUIRED IMPORTED_TARGET libtiff-4)
find_path(GEOTIFF_INCLUDE_DIR geotiff.h PATH_SUFFIXES geotiff REQUIRED)
find_library(GEOTIFF_LIBRARY geotiff REQUIRED)
add_library(atelier_geotiff INTERFACE)
target_include_directories(atelier_geotiff SYSTEM INTERFACE ${GEOTIFF_INCLUDE_DIR})
target_link_libraries(atelier_geotiff INTERFACE ${GEOTIFF_LIBRARY} PkgConfig::TIFF)

# glad 2 is generated at configure time into the build tree, never committed.
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(ATELIER_GLAD_DIR "${CMAKE_BINARY_DIR}/glad")
if(NOT EXISTS "${ATELIER_GLAD_DIR}/src/gl.c")
  execute_process(
    COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=3.3 --out-path ${ATELIER_GLAD_DIR} c
    RESULT_VARIABLE glad_result
    OUTPUT_QUIET ERROR_VARIABLE glad_error)
  if(NOT glad_result EQUAL 0)
    message(FATAL_ERROR "glad could not generate the OpenGL 3.3 core loader: ${glad_error}")
  endif()
endif()
add_library(atelier_glad STATIC ${ATELIER_GLAD_DIR}/src/gl.c)
target_include_directories(atelier_glad SYSTEM PUBLIC ${ATELIER_GLAD_DIR}/include)
target_link_libraries(atelier_glad PUBLIC ${CMAKE_DL_LIBS})

# Dear ImGui 1.86 from libimgui-dev, with its SDL2 and OpenGL3 backends.
add_library(atelier_imgui INTERFACE)
target_include_directories(atelier_imgui SYSTEM INTERFACE ${IMGUI_INCLUDE_DIRS})
target_link_libraries(atelier_imgui INTERFACE PkgConfig::IMGUI ${CMAKE_DL_LIBS})
