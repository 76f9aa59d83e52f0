// The CSV export: the cards, the clusters and the vote ranking (RFC 4180, UTF-8, CRLF line ends, a header
// record first).
#pragma once

#include "replay/SessionReport.hpp"

#include <string>
#include <string_view>

namespace atelier::replay {

/// The cards of the report as CSV: id, text, category, category_name, seat, cluster, cluster_name, votes,
/// created, last_edited (session times H:MM:SS), then cost_eur (euros with two decimals, empty without a
/// cost), coins (on the card itself) and funded (1 in the funded set within the envelope, 0 costed but not,
/// empty without a cost). Text is kept byte for byte, except that a cell a spreadsheet
/// would run as a formula gets a leading single quote (see csvField).
std::string reportToCsv(const SessionReport& report);

/// The clusters of the report as CSV, one record each in id order: id, number (1 for the session's first
/// cluster: "Groupe N" until named), name (empty when unnamed), cards (how many), card_ids (space-separated),
/// votes (dots on the cluster itself), score (its dots plus its cards', as ranked), rank (empty without
/// dots), then cost_eur, coins and funded as for cards.
std::string reportClustersToCsv(const SessionReport& report);

/// The vote ranking as CSV, most dots first: rank (ties share it), kind (card or cluster), id, label (the
/// card's text or the cluster's name), votes — the same ranking as the table, the JSON and the HTML report.
std::string reportRankingToCsv(const SessionReport& report);

/// The criteria ranking as CSV, best first: rank (ties share it), kind, id, label, score (the mean of the
/// criterion means, 4 decimals), then one column per criterion (named by the header) with its mean (empty
/// when nobody rated it). Only a header when the session has no criteria.
std::string reportCriteriaToCsv(const SessionReport& report);

/// One CSV field: quoted (inner quotes doubled) when it holds a comma, a quote, CR or LF. A text that begins
/// with = + - @, a tab or a CR is neutralised as OWASP recommends against formula injection: a single quote
/// goes before it and the field is quoted ("=1+1" becomes "'=1+1"), so a spreadsheet shows it as text.
std::string csvField(std::string_view text);

} // namespace atelier::replay
