# SPDX-License-Identifier: Apache-2.0
# `cpack -G DEB` in a build folder makes the Debian package; its library dependencies come from
# dpkg-shlibdeps (build-essential brings it). scripts/test-package installs it on a clean Debian 12.
set(CPACK_PACKAGE_NAME modelreview)
set(CPACK_PACKAGE_VENDOR "The ModelReview developers")
set(CPACK_PACKAGE_CONTACT "The ModelReview developers <maintainers@modelreview.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Review workbench for machine-learning model packages")
set(CPACK_PACKAGE_DESCRIPTION
  "ModelReview opens a machine-learning model package (code with its git history, a dataset
manifest, captured environments, claimed and rerun metrics, the model artifact) and supports
its review before release: code diff, dataset verification, environment drift, metric
comparison, anchored comments and a decision bound to the package digest. A headless command
line does the same for CI gates.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://modelreview.org/")
# The SVG image plugin draws the window icon where no icon theme has it; Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-wayland")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Only the application: no test executables or build tools.
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};ALL;/")
include(CPack)
