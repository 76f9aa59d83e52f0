# Strict warnings for every Atelier target: warnings are errors.
function(atelier_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow -Wconversion
                                           -Wno-sign-conversion)
endfunction()
