// The keyboards' contents and geometry: AZERTY and QWERTY, every French letter reachable, keys big enough.
#include "workshop/KeyboardLayout.hpp"
#include "workshop/Dimensions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace atelier::workshop {
namespace {

const KeyboardLayout& layout() {
    return KeyboardLayout::french();
}

/// True when a person can type this lower-case character: a key of its own, or a long press on a letter.
bool reachable(const std::string& lower) {
    if (layout().find(lower) != nullptr) {
        return true;
    }
    return std::any_of(layout().keys().begin(), layout().keys().end(), [&](const Key& key) {
        const std::vector<std::string>& variants = KeyboardLayout::variantsOf(key.text);
        return key.kind == KeyKind::Character &&
               std::find(variants.begin(), variants.end(), lower) != variants.end();
    });
}

TEST(KeyboardLayout, EveryFrenchLetterIsReachableInBothCases) {
    const std::vector<std::string> french = {"é", "è", "ê", "ë", "à", "â", "î", "ï", "ô",
                                             "ö", "ù", "û", "ü", "ç", "œ", "æ", "ÿ"};
    for (const std::string& letter : french) {
        EXPECT_TRUE(reachable(letter)) << letter;
        EXPECT_NE(KeyboardLayout::capitalOf(letter), letter) << letter << " has a capital under shift";
    }
    EXPECT_EQ(KeyboardLayout::capitalOf("é"), "É");
    EXPECT_EQ(KeyboardLayout::capitalOf("œ"), "Œ");
    EXPECT_EQ(KeyboardLayout::capitalOf("æ"), "Æ");
    EXPECT_EQ(KeyboardLayout::capitalOf("ç"), "Ç");
    EXPECT_EQ(KeyboardLayout::capitalOf("q"), "Q");
    EXPECT_EQ(KeyboardLayout::capitalOf("7"), "7");
    EXPECT_EQ(KeyboardLayout::capitalOf("«"), "«");
}

TEST(KeyboardLayout, HasAzertyLettersDigitsFrenchPunctuationAndNamedKeys) {
    for (char c = 'a'; c <= 'z'; ++c) {
        EXPECT_NE(layout().find(std::string(1, c)), nullptr) << c;
    }
    for (char c = '0'; c <= '9'; ++c) {
        EXPECT_NE(layout().find(std::string(1, c)), nullptr) << c;
    }
    for (const char* mark : {"«", "»", "’", "—", "…", "'", ",", ".", "?", "!",
                             ":", ";", "-", "(", ")", "é", "è", "à", "ç", "ù"}) {
        EXPECT_NE(layout().find(mark), nullptr) << mark;
    }
    for (const char* name : {"space", "backspace", "enter", "shift"}) {
        const Key* key = layout().find(name);
        ASSERT_NE(key, nullptr) << name;
        EXPECT_NE(key->kind, KeyKind::Character) << name;
    }
    EXPECT_EQ(layout().find("space")->text, " ");
    // AZERTY: the top letter row starts a z e r t y, the next q s d f, the last w x c v b n.
    const auto xOf = [](const char* name) { return layout().find(name)->centreMm.x; };
    const auto yOf = [](const char* name) { return layout().find(name)->centreMm.y; };
    EXPECT_LT(xOf("a"), xOf("z"));
    EXPECT_LT(xOf("z"), xOf("e"));
    EXPECT_EQ(yOf("a"), yOf("y"));
    EXPECT_EQ(yOf("q"), yOf("m"));
    EXPECT_GT(yOf("q"), yOf("a"));
    EXPECT_GT(yOf("w"), yOf("q"));
    EXPECT_LT(yOf("1"), yOf("a"));
}

TEST(KeyboardLayout, AccentVariantsOfEachLetter) {
    using V = std::vector<std::string>;
    EXPECT_EQ(KeyboardLayout::variantsOf("e"), (V{"é", "è", "ê", "ë"}));
    EXPECT_EQ(KeyboardLayout::variantsOf("a"), (V{"à", "â", "æ"}));
    EXPECT_EQ(KeyboardLayout::variantsOf("c"), (V{"ç"}));
    EXPECT_EQ(KeyboardLayout::variantsOf("o"), (V{"ô", "ö", "œ"}));
    EXPECT_EQ(KeyboardLayout::variantsOf("u"), (V{"ù", "û", "ü"}));
    EXPECT_EQ(KeyboardLayout::variantsOf("i"), (V{"î", "ï"}));
    EXPECT_TRUE(KeyboardLayout::variantsOf("t").empty());
    EXPECT_TRUE(KeyboardLayout::variantsOf("é").empty());
}

TEST(KeyboardLayout, KeysAreBigEnoughApartAndInsideThePanel) {
    const core::Size panel = layout().panelSize();
    std::set<std::string> names;
    for (const Key& key : layout().keys()) {
        EXPECT_GE(key.size.width, dims::kMinTargetMm) << key.name;
        EXPECT_GE(key.size.height, dims::kMinTargetMm) << key.name;
        EXPECT_LE(std::abs(key.centreMm.x) + key.size.width / 2, panel.width / 2) << key.name;
        EXPECT_LE(std::abs(key.centreMm.y) + key.size.height / 2, panel.height / 2) << key.name;
        EXPECT_TRUE(names.insert(key.name).second) << "two keys named " << key.name;
        for (const Key& other : layout().keys()) {
            if (&other == &key) {
                continue;
            }
            const bool apartX =
                std::abs(key.centreMm.x - other.centreMm.x) >= (key.size.width + other.size.width) / 2;
            const bool apartY =
                std::abs(key.centreMm.y - other.centreMm.y) >= (key.size.height + other.size.height) / 2;
            EXPECT_TRUE(apartX || apartY) << key.name << " overlaps " << other.name;
        }
        EXPECT_EQ(layout().keyAt(key.centreMm), &key) << key.name;
    }
    EXPECT_EQ(layout().keyAt(core::Vec2{0, -panel.height / 2 + 1}), nullptr) << "the counter band has no key";
}

TEST(KeyboardLayout, EnglishIsQwertyOnTheSamePanelAndTheLayoutKeySwitchesBetweenThem) {
    const KeyboardLayout& english = KeyboardLayout::english();
    const KeyboardLayout& french = KeyboardLayout::french();
    EXPECT_EQ(english.panelSize().width, french.panelSize().width) << "docks and cards keep their places";
    EXPECT_EQ(english.panelSize().height, french.panelSize().height);
    auto xOf = [&](const char* name) { return english.find(name)->centreMm.x; };
    EXPECT_LT(xOf("q"), xOf("w"));
    EXPECT_LT(xOf("w"), xOf("e"));
    EXPECT_EQ(english.find("q")->centreMm.y, english.find("p")->centreMm.y);
    EXPECT_EQ(english.find("a")->centreMm.y, english.find("l")->centreMm.y);
    EXPECT_EQ(english.find("é"), nullptr) << "no accent keys in English";
    // Every letter a-z has a key; French accents stay reachable by long press.
    for (char c = 'a'; c <= 'z'; ++c) {
        EXPECT_NE(english.find(std::string(1, c)), nullptr) << c;
    }
    EXPECT_FALSE(KeyboardLayout::variantsOf("e").empty());
    for (const KeyboardLayout* keys : {&english, &french}) {
        const Key* layoutKey = keys->find("layout");
        ASSERT_NE(layoutKey, nullptr);
        EXPECT_EQ(layoutKey->kind, KeyKind::Layout);
        EXPECT_GE(layoutKey->size.width, dims::kMinTargetMm);
        for (const char* name : {"space", "enter", "backspace", "shift"}) {
            EXPECT_NE(keys->find(name), nullptr) << name;
        }
    }
    EXPECT_EQ(&french.other(), &english);
    EXPECT_EQ(&english.other(), &french);
    EXPECT_EQ(french.switchLabel(), "EN");
    EXPECT_EQ(english.switchLabel(), "FR");
}

} // namespace
} // namespace atelier::workshop
