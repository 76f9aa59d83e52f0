# Strict warnings for every Atelier target: warnings are errors.
function(atelier_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  # GCC 12 (Debian 12's compiler) at -O3 reports -Wrestrict on std::string's own operator+ once it is
  # inlined (GCC bug 105329, fixed in GCC 13): the release and bench presets would stop on code that has
  # no overlap. Only that warning, only on GCC 12, only where it misfires.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-Wno-restrict>)
  endif()
endfunction()
