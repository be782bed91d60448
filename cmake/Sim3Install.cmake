# Install rules and the Debian package. Everything goes to the XDG/FHS places under the prefix
# (GNUInstallDirs); the program needs none of it at run time (models, schemas and translations
# are compiled in), so it runs the same from the build folder and from any prefix.
include(GNUInstallDirs)

set(SIM3_APP_ID io.github.sim3workbench.Sim3Workbench)
set(SIM3_DESKTOP_DIR ${CMAKE_SOURCE_DIR}/resources/desktop)

install(TARGETS sim3-workbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SIM3_DESKTOP_DIR}/${SIM3_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SIM3_DESKTOP_DIR}/${SIM3_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SIM3_DESKTOP_DIR}/${SIM3_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${SIM3_APP_ID}.xml)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sim3-workbench.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${SIM3_APP_ID}.svg)

# The PNG sizes, drawn from the SVG at build time by librsvg's rsvg-convert.
find_program(RSVG_CONVERT_EXE rsvg-convert REQUIRED)
set(SIM3_ICON_PNGS)
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${SIM3_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT_EXE} -w ${size} -h ${size} -o ${png} ${CMAKE_SOURCE_DIR}/resources/icons/sim3-workbench.svg
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/sim3-workbench.svg
        COMMENT "Drawing the ${size} px icon")
    list(APPEND SIM3_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(sim3_icons ALL DEPENDS ${SIM3_ICON_PNGS})

# The man page, compressed as Debian wants it.
set(SIM3_MAN_GZ ${CMAKE_BINARY_DIR}/man/sim3-workbench.1.gz)
find_program(GZIP_EXE gzip REQUIRED)
add_custom_command(OUTPUT ${SIM3_MAN_GZ}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${GZIP_EXE} -9 -n -c ${CMAKE_SOURCE_DIR}/resources/man/sim3-workbench.1 > ${SIM3_MAN_GZ}
    DEPENDS ${CMAKE_SOURCE_DIR}/resources/man/sim3-workbench.1
    COMMENT "Compressing the man page")
add_custom_target(sim3_man ALL DEPENDS ${SIM3_MAN_GZ})
install(FILES ${SIM3_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Licence and README under the package's documentation folder; Debian's copyright file too.
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/resources/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sim3-workbench)
install(FILES ${CMAKE_SOURCE_DIR}/scripts/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sim3-workbench)
set(SIM3_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/debian/changelog.gz)
add_custom_command(OUTPUT ${SIM3_CHANGELOG_GZ}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/debian
    COMMAND ${GZIP_EXE} -9 -n -c ${CMAKE_SOURCE_DIR}/scripts/debian/changelog > ${SIM3_CHANGELOG_GZ}
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/debian/changelog
    COMMENT "Compressing the changelog")
add_custom_target(sim3_changelog ALL DEPENDS ${SIM3_CHANGELOG_GZ})
install(FILES ${SIM3_CHANGELOG_GZ} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sim3-workbench)

# The Debian package (scripts/package builds it): Depends computed from the shared libraries by
# dpkg-shlibdeps, plus what the program loads or runs without linking it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sim3-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "SIM3 Workbench authors <sim3-workbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CSIRT maturity self-assessment with SIM3")
# CPack writes the summary line and indents the rest; lines stay under 80 columns.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[SIM3 Workbench helps a security incident response team (CSIRT, PSIRT or
SOC) measure its maturity with SIM3, the Security Incident Management
Maturity Model of the Open CSIRT Foundation, choose a target per parameter
and plan what to improve: a questionnaire, workshops with individual
ratings, charts of current levels against the target, management reports
(PDF, ODT, XLSX) and the history of periodic reviews.
.
Assessments are kept in one SQLite file, or in a PostgreSQL database that
the team runs. Interface, SIM3 content and reports are in English and
Japanese.]=])
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SQLite and PostgreSQL drivers, the SVG icon engine and the report's fonts are loaded at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core, fonts-ipaexfont-gothic | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/sim3workbench/sim3-workbench")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
