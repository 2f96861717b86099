# `make package`: a Debian package (CPack DEB) of plenum and plenum-cli with the launcher,
# AppStream metadata, icon and user guide. Library dependencies come from dpkg-shlibdeps; what
# the app needs at run time but does not link (the xcb platform plugin, SVG icons, CJK fonts, node
# for citeproc-js, the CSL styles and locales) is declared by hand; pandoc (DOCX export) is recommended.
# Checked by installing the package into a minimal Debian 12 chroot (tools/check-deb-install).
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/plenum)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/plenum FILES_MATCHING PATTERN "*.png")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plenum)
set(CPACK_PACKAGE_VENDOR "Plenum")
set(CPACK_PACKAGE_CONTACT "Plenum maintainers <plenum@plenum.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Knowledge base for research on Chinese social governance policy")
set(CPACK_PACKAGE_DESCRIPTION
    "Party congresses and Central Committee plenums since 1977 on a timeline, their documents, concepts and\n statements, searchable in Chinese and English, with linked and cited notes.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY plenum)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://plenum.github.io")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk, nodejs, citation-style-language-styles, citation-style-language-locales")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, pandoc")
set(CPACK_STRIP_FILES ON)
include(CPack)
