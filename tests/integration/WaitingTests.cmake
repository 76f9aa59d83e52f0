# Read by ctest after the discovered integration tests (TEST_INCLUDE_FILES). Every test takes two of the
# preset's four slots, so two run at once on a two-core machine; these ones mostly wait for the table's own
# clock (a script played in real time, idle and countdown seconds) and use a few seconds of CPU in a minute,
# so they take one slot and run beside two others. Measured with /usr/bin/time: DemoExampleTest 6.7 s of
# CPU in 43 s, ExhibitTest 5.1 s in 49 s (2026-12-07, loaded machine).
set_tests_properties(
  DemoExampleTest.TheExampleScriptLeavesAFinishedSessionWithEveryKindOfContent
  ExhibitTest.TheExhibitionRunsItsFivePhasesByItselfAndInvitesTheNextGroup
  PROPERTIES PROCESSORS 1)
