# Read by ctest after the discovered store tests (TEST_INCLUDE_FILES). The kill -9 test checks a promise in
# wall-clock time: what was appended 150 ms before the kill is on disk. With another test beside it on the
# two cores, the writer thread it kills was sometimes not scheduled for that long (once 176 ms, under a load
# of 10), and the test failed on the machine, not on the code. It runs alone.
set_tests_properties(
  CrashRecoveryTest.KillNineAtRandomMomentsLosesOnlyTheLastHundredMilliseconds
  PROPERTIES RUN_SERIAL TRUE)
