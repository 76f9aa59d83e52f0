// The facilitator panel's import list: its presses (the list and its photo checks live in
// FacilitatorController.cpp).
#include <spdlog/spdlog.h>

#include "table/FacilitatorController.hpp"

namespace atelier::table {

void FacilitatorController::carryOutImport(const ui::PanelAction& action) {
    using Kind = ui::PanelAction::Kind;
    switch (action.kind) {
    case Kind::ImportFile:
        if (action.value >= 0 && static_cast<std::size_t>(action.value) < m_importEntries.size()) {
            startImport({static_cast<std::size_t>(action.value)});
        }
        return;
    case Kind::ImportAll:
        startImport(notOnTable());
        return;
    case Kind::ImportCancel:
        if (m_job != nullptr) {
            m_job->cancel();
            spdlog::info("the facilitator stopped the import after {} of {} files", m_job->checked(),
                         m_job->total());
        }
        return;
    case Kind::ImportRefresh:
        if (m_job == nullptr) {
            listImport();
        }
        return;
    default:
        return;
    }
}

} // namespace atelier::table
