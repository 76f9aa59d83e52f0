// PDF site plans through poppler-cpp: one page drawn on white at the largest size the table's limits allow.
#include "render/ImageDecoders.hpp"

#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

namespace atelier::render {
namespace {

void quietPoppler(const std::string&, void*) {}

/// The document with page `number` (1-based) opened, or why not.
struct PdfPage {
    std::unique_ptr<poppler::document> document;
    std::unique_ptr<poppler::page> page;
    double width = 0; ///< points, as drawn (a page's own rotation applied)
    double height = 0;
};

std::variant<PdfPage, ImageProblem> openPage(std::span<const std::uint8_t> bytes, int number) {
    static std::once_flag quiet;
    std::call_once(quiet, [] { poppler::set_debug_error_function(quietPoppler, nullptr); });
    PdfPage opened;
    opened.document.reset(poppler::document::load_from_raw_data(reinterpret_cast<const char*>(bytes.data()),
                                                                static_cast<int>(bytes.size())));
    if (!opened.document) {
        return imageProblem(ImageProblem::Kind::Damaged, "is a damaged or cut-short PDF file.");
    }
    if (opened.document->is_locked()) {
        return imageProblem(ImageProblem::Kind::Unsupported,
                            "is a PDF protected by a password; save an unprotected copy first.");
    }
    const int pages = opened.document->pages();
    if (number < 1 || number > pages) {
        return imageProblem(ImageProblem::Kind::Missing, "is a PDF of " + std::to_string(pages) +
                                                             " page(s); it has no page " +
                                                             std::to_string(number) + ".");
    }
    opened.page.reset(opened.document->create_page(number - 1));
    if (!opened.page) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a PDF whose page " + std::to_string(number) + " cannot be read.");
    }
    const poppler::rectf box = opened.page->page_rect(poppler::crop_box);
    const poppler::page::orientation_enum turn = opened.page->orientation();
    const bool sideways = turn == poppler::page::landscape || turn == poppler::page::seascape;
    opened.width = sideways ? box.height() : box.width();
    opened.height = sideways ? box.width() : box.height();
    if (!(opened.width >= 1 && opened.height >= 1 && opened.width < 1e6 && opened.height < 1e6)) {
        return imageProblem(ImageProblem::Kind::Damaged,
                            "is a PDF whose page " + std::to_string(number) + " has no usable size.");
    }
    return opened;
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectPdfFile(std::span<const std::uint8_t> bytes, int page) {
    auto opened = openPage(bytes, page);
    if (auto* refused = std::get_if<ImageProblem>(&opened)) {
        return std::move(*refused);
    }
    ImageInfo info;
    info.format = "PDF";
    info.storedWidth = std::max(1, static_cast<int>(std::get<PdfPage>(opened).width));
    info.storedHeight = std::max(1, static_cast<int>(std::get<PdfPage>(opened).height));
    return info;
}

std::variant<RgbaImage, ImageProblem> decodePdfFile(std::span<const std::uint8_t> bytes,
                                                    const DecodeWork& work) {
    auto opened = openPage(bytes, work.options().pdfPage);
    if (auto* refused = std::get_if<ImageProblem>(&opened)) {
        return std::move(*refused);
    }
    const PdfPage& page = std::get<PdfPage>(opened);
    const auto [width, height] = work.fitPage(page.width, page.height);
    const double xDpi = 72.0 * width / page.width;
    const double yDpi = 72.0 * height / page.height;
    poppler::page_renderer renderer;
    renderer.set_paper_color(0xFFFFFFFF);
    renderer.set_render_hint(poppler::page_renderer::antialiasing);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(poppler::image::format_argb32);
    const poppler::image drawn = renderer.render_page(page.page.get(), xDpi, yDpi, 0, 0, width, height);
    if (!drawn.is_valid() || drawn.width() <= 0 || drawn.height() <= 0 ||
        drawn.format() != poppler::image::format_argb32) {
        return imageProblem(ImageProblem::Kind::Damaged, "is a PDF whose page could not be drawn.");
    }
    RgbaImage image{drawn.width(), drawn.height(), {}};
    image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    const char* data = drawn.const_data();
    for (int y = 0; y < image.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint8_t*>(data + static_cast<std::ptrdiff_t>(y) *
                                                                           drawn.bytes_per_row());
        std::uint8_t* out =
            &image.rgba[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) * 4];
        for (int x = 0; x < image.width; ++x) { // BGRA in memory, drawn on opaque white
            out[x * 4 + 0] = row[x * 4 + 2];
            out[x * 4 + 1] = row[x * 4 + 1];
            out[x * 4 + 2] = row[x * 4 + 0];
            out[x * 4 + 3] = 255;
        }
    }
    if (!work.advance(1.0)) {
        return work.timedOut();
    }
    return image;
}

} // namespace atelier::render
