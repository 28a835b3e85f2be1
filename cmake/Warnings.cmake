# Warnings are errors in every build of basalt's own code.
add_library(basalt_warnings INTERFACE)
target_compile_options(basalt_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
# GCC 12 at -O2 reports -Wrestrict inside std::string's operator+ (GCC bug 105329, a false positive
# fixed in GCC 13): a dozen lines of inlining context for each of a handful of ordinary `"x" + s`
# expressions in a release build, none of them a real overlap. Off for GCC < 13 only, so newer GCCs
# (and clang) still check restrict.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(basalt_warnings INTERFACE -Wno-restrict)
endif()
