// PROJ behind ToWgs84: one context and one normalised transformation per instance.
#include "replay/MapProjection.hpp"

#include <cmath>
#include <proj.h>

namespace atelier::replay {

struct ToWgs84::Handles {
    PJ_CONTEXT* context = nullptr;
    PJ* transform = nullptr;
    ~Handles() {
        if (transform != nullptr) {
            proj_destroy(transform);
        }
        if (context != nullptr) {
            proj_context_destroy(context);
        }
    }
};

ToWgs84::ToWgs84(std::unique_ptr<Handles> handles, std::string name)
    : m_handles(std::move(handles)), m_name(std::move(name)) {}
ToWgs84::ToWgs84(ToWgs84&&) noexcept = default;
ToWgs84& ToWgs84::operator=(ToWgs84&&) noexcept = default;
ToWgs84::~ToWgs84() = default;

std::variant<ToWgs84, std::string> ToWgs84::open(const std::string& crs) {
    auto handles = std::make_unique<Handles>();
    handles->context = proj_context_create();
    if (handles->context == nullptr) {
        return std::string("could not be read: PROJ could not start.");
    }
    proj_log_level(handles->context, PJ_LOG_NONE);
    proj_context_set_enable_network(handles->context, 0);
    PJ* source = proj_create(handles->context, crs.c_str());
    if (source == nullptr || !proj_is_crs(source)) {
        const int error = proj_context_errno(handles->context);
        if (source != nullptr) {
            proj_destroy(source);
        }
        return "names a coordinate system PROJ does not know (\"" + crs.substr(0, 60) + "\"" +
               (error != 0 ? std::string(": ") + proj_context_errno_string(handles->context, error) : "") +
               "); give an EPSG code such as EPSG:2154, or the WKT of a .prj file.";
    }
    const char* named = proj_get_name(source);
    std::string name = named != nullptr ? named : crs;
    PJ* target = proj_create(handles->context, "EPSG:4326");
    PJ* raw = target != nullptr
                  ? proj_create_crs_to_crs_from_pj(handles->context, source, target, nullptr, nullptr)
                  : nullptr;
    proj_destroy(source);
    if (target != nullptr) {
        proj_destroy(target);
    }
    if (raw == nullptr) {
        return "names a coordinate system (" + name +
               ") that PROJ cannot bring to WGS 84 longitude and latitude (is proj-data installed?).";
    }
    handles->transform = proj_normalize_for_visualization(handles->context, raw);
    proj_destroy(raw);
    if (handles->transform == nullptr) {
        return "names a coordinate system (" + name +
               ") whose axes PROJ cannot put in longitude, latitude order.";
    }
    return ToWgs84(std::move(handles), std::move(name));
}

std::optional<core::Vec2> ToWgs84::lonLat(core::Vec2 map) const {
    PJ_COORD in = proj_coord(map.x, map.y, 0, 0);
    proj_errno_reset(m_handles->transform);
    const PJ_COORD out = proj_trans(m_handles->transform, PJ_FWD, in);
    if (proj_errno(m_handles->transform) != 0 || !std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) ||
        std::abs(out.xy.x) > 180 || std::abs(out.xy.y) > 90) {
        return std::nullopt;
    }
    return core::Vec2{out.xy.x, out.xy.y};
}

} // namespace atelier::replay
