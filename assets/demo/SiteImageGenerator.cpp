// Draws the demo workshop's two site images (an aerial view of a block around a vacant lot, and a closer
// view of the lot) and writes them as JPEG. Run: atelier_site_images OUTPUT_DIR.
// Deterministic: the same program always draws the same pictures. What makes them read as a place seen from
// above rather than a diagram: every surface carries a fractal texture of its own (asphalt grit, patchy
// grass, worn soil), roofs have a ridge with a lit and a shaded slope, tree crowns are clumps of leafy
// blobs casting soft shadows to the south-east, and the streets have kerbs, pavements, crossings and
// parked cars.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace {

struct Rgb {
    int r, g, b;
};

Rgb scaled(Rgb c, double k) {
    return {static_cast<int>(c.r * k), static_cast<int>(c.g * k), static_cast<int>(c.b * k)};
}

/// A hash of integer lattice points, in [0, 1).
double lattice(int x, int y, std::uint32_t seed) {
    std::uint32_t h = static_cast<std::uint32_t>(x) * 374761393u +
                      static_cast<std::uint32_t>(y) * 668265263u + seed * 2246822519u;
    h = (h ^ (h >> 13)) * 1274126177u;
    h ^= h >> 16;
    return (h & 0xFFFFFF) / static_cast<double>(0x1000000);
}

/// Smooth value noise at (x, y) with cells of `cell` pixels, in [0, 1).
double valueNoise(double x, double y, double cell, std::uint32_t seed) {
    const double fx = x / cell;
    const double fy = y / cell;
    const int ix = static_cast<int>(std::floor(fx));
    const int iy = static_cast<int>(std::floor(fy));
    const double tx = fx - ix;
    const double ty = fy - iy;
    const double sx = tx * tx * (3 - 2 * tx);
    const double sy = ty * ty * (3 - 2 * ty);
    const double a = lattice(ix, iy, seed);
    const double b = lattice(ix + 1, iy, seed);
    const double c = lattice(ix, iy + 1, seed);
    const double d = lattice(ix + 1, iy + 1, seed);
    return (a + (b - a) * sx) + ((c + (d - c) * sx) - (a + (b - a) * sx)) * sy;
}

/// Four octaves of value noise from cells of `cell` pixels down, in about [0, 1).
double fractal(double x, double y, double cell, std::uint32_t seed) {
    double sum = 0;
    double weight = 0.5;
    for (int octave = 0; octave < 4; ++octave) {
        sum += weight * valueNoise(x, y, cell, seed + static_cast<std::uint32_t>(octave) * 101u);
        cell /= 2;
        weight /= 2;
    }
    return sum / 0.9375;
}

/// How a surface is textured: its colour, a second colour it drifts toward in patches, the patches' size,
/// and how much fine grit darkens or lightens it.
struct Surface {
    Rgb base;
    Rgb patch;
    double patchCell;
    double grit;
};

/// A canvas in RGB with a few drawing primitives.
class Canvas {
public:
    Canvas(int width, int height) : m_width(width), m_height(height), m_pixels(width * height * 3) {}

    int width() const { return m_width; }
    int height() const { return m_height; }

    /// Fills the rectangle with a textured surface.
    void fill(int x0, int y0, int x1, int y1, const Surface& surface, std::uint32_t seed) {
        for (int y = std::max(0, y0); y < std::min(m_height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(m_width, x1); ++x) {
                set(x, y, texel(x, y, surface, seed));
            }
        }
    }
    /// A plain rectangle, blended by `alpha` over what is there.
    void rect(int x0, int y0, int x1, int y1, Rgb colour, double alpha = 1.0) {
        for (int y = std::max(0, y0); y < std::min(m_height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(m_width, x1); ++x) {
                blend(x, y, colour, alpha);
            }
        }
    }
    /// A disc whose edge is softened over `soft` pixels, blended by `alpha`; `surface` textures it if given.
    void disc(double cx, double cy, double radius, Rgb colour, double alpha = 1.0, double soft = 1.5,
              const Surface* surface = nullptr, std::uint32_t seed = 0) {
        const int r = static_cast<int>(radius + soft) + 1;
        for (int y = static_cast<int>(cy) - r; y <= static_cast<int>(cy) + r; ++y) {
            for (int x = static_cast<int>(cx) - r; x <= static_cast<int>(cx) + r; ++x) {
                const double d = std::hypot(x - cx, y - cy);
                const double cover = std::clamp((radius + soft / 2 - d) / soft, 0.0, 1.0);
                if (cover > 0) {
                    blend(x, y, surface != nullptr ? texel(x, y, *surface, seed) : colour, alpha * cover);
                }
            }
        }
    }
    /// Multiplies the rectangle's light by `k` (shade below 1, light above).
    void shade(int x0, int y0, int x1, int y1, double k) {
        for (int y = std::max(0, y0); y < std::min(m_height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(m_width, x1); ++x) {
                std::uint8_t* p = at(x, y);
                for (int i = 0; i < 3; ++i) {
                    p[i] = static_cast<std::uint8_t>(std::clamp(p[i] * k, 0.0, 255.0));
                }
            }
        }
    }
    /// A little deterministic sensor grain, so the picture reads as a photo.
    void grain(std::uint32_t seed, int amount) {
        for (std::size_t i = 0; i < m_pixels.size(); ++i) {
            seed = seed * 1664525u + 1013904223u;
            const int noise = static_cast<int>(seed >> 24) % (2 * amount + 1) - amount;
            m_pixels[i] = static_cast<std::uint8_t>(std::clamp(m_pixels[i] + noise, 0, 255));
        }
    }
    bool writeJpeg(const std::string& file) const {
        return stbi_write_jpg(file.c_str(), m_width, m_height, 3, m_pixels.data(), 88) != 0;
    }

private:
    static Rgb texel(int x, int y, const Surface& s, std::uint32_t seed) {
        const double patch = std::clamp((fractal(x, y, s.patchCell, seed) - 0.35) * 1.8, 0.0, 1.0);
        const double grit = 1.0 + s.grit * (fractal(x, y, 6.0, seed + 7u) - 0.5) * 2;
        return {static_cast<int>((s.base.r + (s.patch.r - s.base.r) * patch) * grit),
                static_cast<int>((s.base.g + (s.patch.g - s.base.g) * patch) * grit),
                static_cast<int>((s.base.b + (s.patch.b - s.base.b) * patch) * grit)};
    }
    std::uint8_t* at(int x, int y) { return &m_pixels[static_cast<std::size_t>((y * m_width + x) * 3)]; }
    void set(int x, int y, Rgb colour) { blend(x, y, colour, 1.0); }
    void blend(int x, int y, Rgb colour, double alpha) {
        if (x < 0 || y < 0 || x >= m_width || y >= m_height) {
            return;
        }
        std::uint8_t* p = at(x, y);
        const int c[3] = {colour.r, colour.g, colour.b};
        for (int i = 0; i < 3; ++i) {
            p[i] = static_cast<std::uint8_t>(std::clamp(p[i] + (c[i] - p[i]) * alpha, 0.0, 255.0));
        }
    }
    int m_width, m_height;
    std::vector<std::uint8_t> m_pixels;
};

const Surface kAsphalt{{88, 90, 96}, {104, 104, 108}, 60, 0.10};
const Surface kPavement{{186, 181, 170}, {170, 164, 152}, 40, 0.06};
const Surface kGrass{{112, 138, 70}, {150, 156, 84}, 70, 0.14};
const Surface kLawn{{96, 134, 66}, {122, 150, 76}, 50, 0.10};
const Surface kSoil{{158, 134, 100}, {132, 112, 82}, 55, 0.12};
const Surface kGravel{{200, 192, 176}, {178, 170, 154}, 18, 0.10};
const Surface kLeaves{{52, 96, 46}, {74, 118, 56}, 10, 0.18};
constexpr Rgb kMarking{236, 236, 228};
constexpr Rgb kKerb{214, 210, 200};
constexpr Rgb kShadow{20, 24, 30};

/// A tree seen from above: its shadow thrown south-east, then a crown of leafy clumps lit from the
/// north-west.
void tree(Canvas& canvas, double x, double y, double radius, std::uint32_t seed) {
    canvas.disc(x + radius * 0.45, y + radius * 0.45, radius * 1.02, kShadow, 0.42, radius * 0.35);
    for (int i = 0; i < 7; ++i) {
        const double angle = i * 0.9 + lattice(i, 3, seed) * 2;
        const double reach = radius * (i == 0 ? 0 : 0.45 + 0.15 * lattice(i, 5, seed));
        const double r = radius * (i == 0 ? 0.72 : 0.5 + 0.12 * lattice(i, 7, seed));
        canvas.disc(x + std::cos(angle) * reach, y + std::sin(angle) * reach, r, {}, 1.0, 2.0, &kLeaves,
                    seed + static_cast<std::uint32_t>(i));
    }
    for (int i = 0; i < 5; ++i) { // sunlit tops of the clumps
        const double angle = 3.6 + i * 0.35;
        canvas.disc(x + std::cos(angle) * radius * 0.38, y + std::sin(angle) * radius * 0.38,
                    radius * (0.22 + 0.05 * lattice(i, 11, seed)), {118, 150, 82}, 0.45, radius * 0.2);
    }
}

/// A building seen from above: its shadow, then a roof whose ridge runs along its longer side, one slope lit
/// and one shaded, with a chimney or two.
void building(Canvas& canvas, int x0, int y0, int x1, int y1, Rgb roof, std::uint32_t seed) {
    canvas.rect(x0 + 14, y0 + 14, x1 + 14, y1 + 14, kShadow, 0.45);
    const Surface tiles{roof, scaled(roof, 0.9), 30, 0.08};
    canvas.fill(x0, y0, x1, y1, tiles, seed);
    if (x1 - x0 < y1 - y0) { // ridge north-south: the west slope catches the light
        const int mid = (x0 + x1) / 2;
        canvas.shade(x0, y0, mid, y1, 1.12);
        canvas.shade(mid, y0, x1, y1, 0.82);
        canvas.rect(mid - 2, y0, mid + 2, y1, scaled(roof, 0.7));
    } else {
        const int mid = (y0 + y1) / 2;
        canvas.shade(x0, y0, x1, mid, 1.12);
        canvas.shade(x0, mid, x1, y1, 0.82);
        canvas.rect(x0, mid - 2, x1, mid + 2, scaled(roof, 0.7));
    }
    const int cx = x0 + static_cast<int>((x1 - x0) * (0.25 + 0.5 * lattice(1, 2, seed)));
    const int cy = y0 + static_cast<int>((y1 - y0) * (0.2 + 0.2 * lattice(3, 4, seed)));
    canvas.rect(cx + 4, cy + 4, cx + 26, cy + 26, kShadow, 0.5);
    canvas.rect(cx, cy, cx + 22, cy + 22, {150, 96, 78});
}

/// A car parked along a kerb: a body of its colour, a darker windscreen and rear window, a shadow.
void car(Canvas& canvas, int x, int y, bool alongX, Rgb body) {
    const int w = alongX ? 86 : 40;
    const int h = alongX ? 40 : 86;
    canvas.rect(x + 5, y + 5, x + w + 5, y + h + 5, kShadow, 0.4);
    canvas.rect(x, y, x + w, y + h, body);
    if (alongX) {
        canvas.rect(x + 22, y + 5, x + 36, y + h - 5, {40, 48, 58});
        canvas.rect(x + 64, y + 6, x + 74, y + h - 6, {40, 48, 58});
    } else {
        canvas.rect(x + 5, y + 22, x + w - 5, y + 36, {40, 48, 58});
        canvas.rect(x + 6, y + 64, x + w - 6, y + 74, {40, 48, 58});
    }
}

const std::array<Rgb, 6> kCarColours = {
    {{196, 52, 44}, {230, 230, 226}, {40, 44, 52}, {58, 96, 160}, {150, 152, 156}, {214, 184, 80}}};
const std::array<Rgb, 4> kRoofs = {{{170, 92, 66}, {128, 126, 130}, {150, 158, 166}, {182, 110, 80}}};

/// The block seen from above: an avenue and a cross street with pavements, kerbs, a crossing and parked
/// cars; buildings on three corners, tree-lined pavements; the vacant lot, grassy and worn, on the fourth.
Canvas plan() {
    Canvas canvas(1600, 1200);
    canvas.fill(0, 0, 1600, 1200, kPavement, 11);
    canvas.fill(0, 540, 1600, 640, kAsphalt, 12); // avenue
    canvas.fill(700, 0, 800, 1200, kAsphalt, 13); // cross street
    canvas.rect(0, 536, 1600, 540, kKerb);        // kerbs
    canvas.rect(0, 640, 1600, 644, kKerb);
    canvas.rect(696, 0, 700, 1200, kKerb);
    canvas.rect(800, 0, 804, 1200, kKerb);
    canvas.fill(700, 540, 800, 640, kAsphalt, 12);
    for (int x = 20; x < 1600; x += 80) { // lane markings, broken at the crossing
        if (x + 40 < 660 || x > 840) {
            canvas.rect(x, 587, x + 40, 593, kMarking, 0.85);
        }
    }
    for (int y = 20; y < 1200; y += 80) {
        if (y + 40 < 500 || y > 680) {
            canvas.rect(747, y, 753, y + 40, kMarking, 0.85);
        }
    }
    for (int x = 820; x < 900; x += 16) { // zebra crossing east of the junction
        canvas.rect(x, 546, x + 9, 634, kMarking, 0.9);
    }
    for (int y = 660; y < 740; y += 16) { // and south of it
        canvas.rect(706, y, 794, y + 9, kMarking, 0.9);
    }
    int seed = 0;
    for (int x = 50; x < 600; x += 160) {
        building(canvas, x, 40, x + 130, 440, kRoofs[static_cast<std::size_t>(seed % 4)], 100u + seed);
        ++seed;
    }
    for (int x = 840; x < 1560; x += 180) {
        building(canvas, x, 40, x + 160, 440, kRoofs[static_cast<std::size_t>(seed % 4)], 100u + seed);
        ++seed;
    }
    for (int x = 870; x < 1560; x += 240) {
        building(canvas, x, 720, x + 200, 1150, kRoofs[static_cast<std::size_t>(seed % 4)], 100u + seed);
        ++seed;
    }
    // The vacant lot behind a low wall: patchy grass, bare soil where people cross, a gravel corner.
    canvas.rect(36, 676, 664, 1164, {160, 150, 136});
    canvas.fill(40, 680, 660, 1160, kSoil, 21);
    canvas.fill(80, 720, 380, 980, kGrass, 22);
    canvas.fill(400, 900, 640, 1130, kGrass, 23);
    canvas.fill(520, 690, 650, 800, kGravel, 24);
    for (int i = 0; i < 40; ++i) { // the worn path from the crossing to the far corner
        canvas.disc(640 - i * 15, 700 + i * 11, 16, {}, 0.8, 8, &kSoil, 25);
    }
    // Cars parked along the avenue's kerbs and the cross street's.
    for (int i = 0; i < 7; ++i) {
        if (lattice(i, 1, 5) < 0.75) {
            car(canvas, 60 + i * 90, 544, true,
                kCarColours[static_cast<std::size_t>(i) % kCarColours.size()]);
        }
        if (lattice(i, 2, 5) < 0.6) {
            car(canvas, 880 + i * 100, 594, true,
                kCarColours[static_cast<std::size_t>(i + 2) % kCarColours.size()]);
        }
        if (lattice(i, 3, 5) < 0.6) {
            car(canvas, 754, 760 + i * 100, false,
                kCarColours[static_cast<std::size_t>(i + 4) % kCarColours.size()]);
        }
    }
    // Street trees along the pavements, a big one and a young one in the lot.
    for (int i = 0; i < 9; ++i) {
        tree(canvas, 70 + i * 70, 490, 22 + 4 * lattice(i, 9, 3), 200u + static_cast<std::uint32_t>(i));
        tree(canvas, 860 + i * 80, 490, 20 + 4 * lattice(i, 8, 3), 220u + static_cast<std::uint32_t>(i));
    }
    tree(canvas, 300, 820, 58, 240);
    tree(canvas, 180, 1080, 40, 241);
    tree(canvas, 560, 1040, 30, 242);
    canvas.grain(2026, 4);
    return canvas;
}

/// The lot closer up: a kerb and pavement along the street at the top, patchy grass and bare soil, the
/// worn diagonal path people already take, two old trees and a young one, a bench by the pavement.
Canvas lot() {
    Canvas canvas(1600, 1200);
    canvas.fill(0, 0, 1600, 1200, kSoil, 31);
    canvas.fill(0, 0, 1600, 90, kAsphalt, 32);
    canvas.rect(0, 90, 1600, 96, kKerb);
    canvas.fill(0, 96, 1600, 160, kPavement, 33);
    for (int x = 60; x < 1600; x += 200) {
        canvas.rect(x, 40, x + 100, 48, kMarking, 0.8);
    }
    canvas.fill(80, 240, 720, 720, kGrass, 34);
    canvas.fill(880, 660, 1520, 1140, kLawn, 35);
    canvas.fill(40, 900, 300, 1160, kGrass, 36);
    for (int i = 0; i < 60; ++i) { // the path people cut across the lot
        canvas.disc(150 + i * 22, 1150 - i * 16, 30, {}, 1.0, 14, &kGravel, 37);
    }
    canvas.rect(1300, 180, 1460, 212, kShadow, 0.35); // a bench by the pavement
    canvas.rect(1294, 172, 1454, 204, {122, 88, 58});
    for (int x = 1298; x < 1450; x += 16) {
        canvas.rect(x, 174, x + 10, 202, {142, 104, 70});
    }
    car(canvas, 300, 18, true, kCarColours[3]);
    car(canvas, 420, 18, true, kCarColours[1]);
    tree(canvas, 1200, 400, 130, 301);
    tree(canvas, 380, 960, 100, 302);
    tree(canvas, 700, 420, 46, 303);
    canvas.grain(1977, 5);
    return canvas;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: atelier_site_images OUTPUT_DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    if (!plan().writeJpeg(dir + "/site-plan.jpg") || !lot().writeJpeg(dir + "/site-lot.jpg")) {
        std::fprintf(stderr, "cannot write the images into %s\n", dir.c_str());
        return 1;
    }
    return 0;
}
