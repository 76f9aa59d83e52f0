// Characters on cards: counted as code points, removed whole, cleaned, held to the limit.
#include "workshop/CardText.hpp"
#include "workshop/CardEditor.hpp"

#include <gtest/gtest.h>

#include <string>

namespace atelier::workshop {
namespace {

TEST(CardText, CountsCodePointsNotBytes) {
    EXPECT_EQ(characterCount(""), 0U);
    EXPECT_EQ(characterCount("abc"), 3U);
    EXPECT_EQ(characterCount("é"), 1U);
    EXPECT_EQ(std::string("é").size(), 2U);
    EXPECT_EQ(characterCount("cœur « vert » — …"), 17U);
    EXPECT_EQ(characterCount("€"), 1U);
}

TEST(CardText, BackspaceRemovesWholeCharacters) {
    EXPECT_EQ(withoutLastCharacter("partagé"), "partag");
    EXPECT_EQ(withoutLastCharacter("é"), "");
    EXPECT_EQ(withoutLastCharacter("cœ"), "c");
    EXPECT_EQ(withoutLastCharacter("…"), "");
    EXPECT_EQ(withoutLastCharacter("a€"), "a");
    EXPECT_EQ(withoutLastCharacter("e\xCC\x81"), "") << "e + combining acute is one é to the eye";
    EXPECT_EQ(withoutLastCharacter("ae\xCC\x81\xCC\x82"), "a") << "stacked accents go with their letter";
    EXPECT_EQ(withoutLastCharacter(""), "");
}

TEST(CardText, TypeableTextDropsControlsAndBrokenBytes) {
    EXPECT_EQ(typeableText("Un\tjardin\n"), "Unjardin");
    EXPECT_EQ(typeableText("b\xC3"), "b") << "a cut sequence is dropped";
    EXPECT_EQ(typeableText("\xFF"
                           "é"),
              "é");
    EXPECT_EQ(typeableText("« ok »"), "« ok »");
}

TEST(CardEditor, BackspaceOverAccentsNeverBreaksUtf8) {
    CardEditor editor(1, "", 140, 1);
    ASSERT_TRUE(editor.insertText("béton é"));
    EXPECT_TRUE(editor.backspace());
    EXPECT_EQ(editor.text(), "béton ");
    EXPECT_EQ(editor.characters(), 6U);
    ASSERT_TRUE(editor.insert("œ"));
    EXPECT_TRUE(editor.backspace());
    EXPECT_EQ(editor.text(), "béton ");
    for (int i = 0; i < 4; ++i) {
        editor.backspace();
    }
    EXPECT_EQ(editor.text(), "bé");
    EXPECT_TRUE(editor.backspace());
    EXPECT_EQ(editor.text(), "b");
    EXPECT_TRUE(editor.backspace());
    EXPECT_FALSE(editor.backspace()) << "nothing left";
    EXPECT_EQ(editor.text(), "");
}

TEST(CardEditor, LimitCountsCharactersNotBytes) {
    CardEditor editor(1, "", 5, 1);
    EXPECT_TRUE(editor.insertText("ééééééé")) << "as much as fits goes in";
    EXPECT_EQ(editor.text(), "ééééé");
    EXPECT_EQ(editor.characters(), 5U);
    EXPECT_TRUE(editor.full());
    EXPECT_FALSE(editor.insert("a"));
    EXPECT_TRUE(editor.backspace());
    EXPECT_TRUE(editor.insert("œ"));
    EXPECT_EQ(editor.text(), "ééééœ");
}

TEST(CardEditor, DefaultLimitIs140Characters) {
    CardEditor editor(1, "", 140, 1);
    std::string text;
    for (int i = 0; i < 150; ++i) {
        text += "à";
    }
    editor.insertText(text);
    EXPECT_EQ(editor.characters(), 140U);
    EXPECT_EQ(editor.text().size(), 280U);
}

} // namespace
} // namespace atelier::workshop
