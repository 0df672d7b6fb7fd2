# SPDX-License-Identifier: Apache-2.0
# Every third-party part comes from the distribution; nothing is downloaded at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Charts Test Svg
  PrintSupport LinguistTools)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(LibArchive REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(simdjson REQUIRED)
find_package(yaml-cpp REQUIRED)
pkg_check_modules(TOMLPLUSPLUS REQUIRED IMPORTED_TARGET tomlplusplus)
find_package(Threads REQUIRED)

option(MODELREVIEW_WITH_KSYNTAXHIGHLIGHTING "Use KF6 SyntaxHighlighting when found" ON)
set(MODELREVIEW_HAVE_KSH OFF)
if(MODELREVIEW_WITH_KSYNTAXHIGHLIGHTING)
  find_package(KF6SyntaxHighlighting QUIET)
  if(KF6SyntaxHighlighting_FOUND)
    set(MODELREVIEW_HAVE_KSH ON)
  endif()
endif()

# yaml-cpp's config names its target differently across releases.
if(TARGET yaml-cpp::yaml-cpp)
  set(MODELREVIEW_YAML_TARGET yaml-cpp::yaml-cpp)
else()
  set(MODELREVIEW_YAML_TARGET yaml-cpp)
endif()
if(TARGET simdjson::simdjson)
  set(MODELREVIEW_SIMDJSON_TARGET simdjson::simdjson)
else()
  set(MODELREVIEW_SIMDJSON_TARGET simdjson)
endif()

# For development only: areas (code, dataset, ...) left out of this build tree.
set(MODELREVIEW_SKIP_AREAS "" CACHE STRING "Areas left out of the build (development only)")
