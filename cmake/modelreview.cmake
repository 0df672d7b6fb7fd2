# SPDX-License-Identifier: Apache-2.0
# mr_add_library(NAME SOURCES ... LINKS ...): one static library per folder. Core libraries
# (models/*) must never link Qt6::Widgets; the check below fails the configure if one does.
function(mr_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
  target_link_libraries(${name} PUBLIC ${ARG_LINKS})
  target_compile_definitions(${name} PUBLIC
    $<$<BOOL:${MODELREVIEW_HAVE_KSH}>:MODELREVIEW_HAVE_KSH=1>)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${name} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
  endif()
  if(name MATCHES "^mr_models_")
    target_compile_options(${name} PRIVATE ${MODELREVIEW_LIBRARY_FUZZ_FLAGS})
  endif()
  if(name MATCHES "^mr_models_" AND "Qt6::Widgets" IN_LIST ARG_LINKS)
    message(FATAL_ERROR "${name}: the core must not link Qt6::Widgets")
  endif()
endfunction()

# mr_add_test(NAME SOURCES ... LINKS ...): a Qt Test executable run by ctest offscreen.
function(mr_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINKS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
  target_compile_definitions(${name} PRIVATE
    MR_SOURCE_DIR="${PROJECT_SOURCE_DIR}" MR_BINARY_DIR="${PROJECT_BINARY_DIR}"
    MR_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  # Each run starts from no saved settings (window layout, recent packages, column widths):
  # a layout saved by an earlier run must not decide what a test sees.
  set(settings_dir "${PROJECT_BINARY_DIR}/test-settings/${name}")
  add_test(NAME ${name} COMMAND /bin/sh -c "rm -rf \"$1\" && shift && exec \"$@\"" sh
    "${settings_dir}" $<TARGET_FILE:${name}>)
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  if(MODELREVIEW_TEST_TIMEOUT_SCALE)
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${MODELREVIEW_TEST_TIMEOUT_SCALE}")
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;MODELREVIEW_SETTINGS_DIR=${settings_dir}")
  if(MODELREVIEW_TEST_ENVIRONMENT)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${MODELREVIEW_TEST_ENVIRONMENT})
  endif()
endfunction()
