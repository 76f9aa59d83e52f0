// Draws the demo workshop's two site images (an aerial-style plan of a block around a vacant lot, and
// a closer view of the lot) and writes them as JPEG. Run: atelier_site_images OUTPUT_DIR.
// Deterministic: the same program always draws the same pictures.
#include <algorithm>
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

/// A canvas in RGB with a few drawing primitives.
class Canvas {
public:
    Canvas(int width, int height, Rgb fill) : m_width(width), m_height(height), m_pixels(width * height * 3) {
        rect(0, 0, width, height, fill);
    }
    void rect(int x0, int y0, int x1, int y1, Rgb colour) {
        for (int y = std::max(0, y0); y < std::min(m_height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(m_width, x1); ++x) {
                set(x, y, colour);
            }
        }
    }
    void disc(int cx, int cy, int radius, Rgb colour) {
        for (int y = cy - radius; y <= cy + radius; ++y) {
            for (int x = cx - radius; x <= cx + radius; ++x) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    set(x, y, colour);
                }
            }
        }
    }
    /// Adds a little deterministic grain so the picture reads as a photo, not a diagram.
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
    void set(int x, int y, Rgb colour) {
        if (x < 0 || y < 0 || x >= m_width || y >= m_height) {
            return;
        }
        std::uint8_t* p = &m_pixels[static_cast<std::size_t>((y * m_width + x) * 3)];
        p[0] = static_cast<std::uint8_t>(colour.r);
        p[1] = static_cast<std::uint8_t>(colour.g);
        p[2] = static_cast<std::uint8_t>(colour.b);
    }
    int m_width, m_height;
    std::vector<std::uint8_t> m_pixels;
};

constexpr Rgb kAsphalt{96, 98, 104};
constexpr Rgb kPavement{184, 180, 172};
constexpr Rgb kMarking{236, 236, 228};
constexpr Rgb kRoofTile{168, 94, 70};
constexpr Rgb kRoofGrey{128, 126, 130};
constexpr Rgb kRoofZinc{150, 158, 166};
constexpr Rgb kLotSoil{156, 132, 96};
constexpr Rgb kLotGrass{142, 150, 92};
constexpr Rgb kTree{58, 104, 52};
constexpr Rgb kTreeLight{86, 132, 70};
constexpr Rgb kShadow{70, 72, 78};

void tree(Canvas& canvas, int x, int y, int radius) {
    canvas.disc(x + radius / 3, y + radius / 3, radius, kShadow);
    canvas.disc(x, y, radius, kTree);
    canvas.disc(x - radius / 3, y - radius / 3, radius / 2, kTreeLight);
}

/// The block seen from above: two streets crossing, buildings on three corners, the vacant lot on the fourth.
Canvas plan() {
    Canvas canvas(1600, 1200, kPavement);
    canvas.rect(0, 520, 1600, 640, kAsphalt);  // avenue
    canvas.rect(700, 0, 800, 1200, kAsphalt);  // cross street
    for (int x = 20; x < 1600; x += 80) {
        canvas.rect(x, 577, x + 40, 583, kMarking);
    }
    for (int y = 20; y < 1200; y += 80) {
        canvas.rect(747, y, 753, y + 40, kMarking);
    }
    const Rgb roofs[] = {kRoofTile, kRoofGrey, kRoofZinc};
    int r = 0;
    for (int x = 40; x < 660; x += 150) {
        canvas.rect(x + 8, 48, x + 138, 468, kShadow);
        canvas.rect(x, 40, x + 130, 460, roofs[r++ % 3]);
    }
    for (int x = 840; x < 1560; x += 180) {
        canvas.rect(x + 8, 48, x + 168, 468, kShadow);
        canvas.rect(x, 40, x + 160, 460, roofs[r++ % 3]);
    }
    for (int x = 840; x < 1560; x += 240) {
        canvas.rect(x + 8, 698, x + 218, 1158, kShadow);
        canvas.rect(x, 690, x + 210, 1150, roofs[r++ % 3]);
    }
    canvas.rect(40, 690, 660, 1150, kLotSoil);  // the vacant lot
    canvas.rect(90, 740, 360, 960, kLotGrass);
    canvas.rect(420, 900, 620, 1110, kLotGrass);
    for (int i = 0; i < 9; ++i) {
        tree(canvas, 70 + i * 70, 500, 22);
        tree(canvas, 860 + i * 80, 500, 20);
    }
    tree(canvas, 520, 780, 46);
    tree(canvas, 200, 1080, 38);
    canvas.grain(2026, 6);
    return canvas;
}

/// The lot closer up: soil, patches of grass, a worn diagonal path people already take, two old trees.
Canvas lot() {
    Canvas canvas(1600, 1200, kLotSoil);
    canvas.rect(0, 0, 1600, 90, kAsphalt);
    canvas.rect(0, 90, 1600, 150, kPavement);
    canvas.rect(100, 260, 700, 700, kLotGrass);
    canvas.rect(900, 700, 1500, 1120, kLotGrass);
    for (int i = 0; i < 60; ++i) {  // the path people cut across the lot
        canvas.disc(150 + i * 22, 1150 - i * 16, 26, kPavement);
    }
    tree(canvas, 1200, 380, 120);
    tree(canvas, 380, 960, 95);
    canvas.grain(1977, 8);
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
