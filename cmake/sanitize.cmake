# SPDX-License-Identifier: Apache-2.0
# Sanitizer and fuzzing configuration (issue 15).
#
# MODELREVIEW_SANITIZE=address,undefined  instruments every target (compile and link); any report
#                                          aborts the process, so a report fails its test.
# MODELREVIEW_FUZZ=ON                     (clang only) builds the libFuzzer targets in tests/fuzz.
#                                          The libraries get coverage instrumentation
#                                          (-fsanitize=fuzzer-no-link); the targets link libFuzzer.
# One build serves both: -DCMAKE_CXX_COMPILER=clang++ -DMODELREVIEW_SANITIZE=address,undefined
# -DMODELREVIEW_FUZZ=ON.
set(MODELREVIEW_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
option(MODELREVIEW_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

set(MODELREVIEW_LIBRARY_FUZZ_FLAGS "")
if(MODELREVIEW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MODELREVIEW_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(MODELREVIEW_SANITIZE STREQUAL "")
    # Coverage callbacks are resolved by the sanitizer runtime; fuzzing without it finds less.
    set(MODELREVIEW_SANITIZE "address,undefined" CACHE STRING "" FORCE)
    message(STATUS "MODELREVIEW_FUZZ: MODELREVIEW_SANITIZE defaults to address,undefined")
  endif()
  set(MODELREVIEW_LIBRARY_FUZZ_FLAGS -fsanitize=fuzzer-no-link)
endif()

if(NOT MODELREVIEW_SANITIZE STREQUAL "")
  set(_mr_san_flags -fsanitize=${MODELREVIEW_SANITIZE} -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  add_compile_options(${_mr_san_flags})
  add_link_options(${_mr_san_flags})
  message(STATUS "Sanitizers: ${MODELREVIEW_SANITIZE}")
  # Instrumented tests run several times slower: their time limits (ctest's and QTest's
  # per-function watchdog) scale with it.
  set(MODELREVIEW_TEST_TIMEOUT_SCALE 3)
  set(MODELREVIEW_TEST_ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=900000")
endif()
