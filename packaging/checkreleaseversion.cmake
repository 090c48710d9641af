# Fails when the newest release in the AppStream metainfo or the Debian changelog is not VERSION,
# so that a version bump in project() cannot ship with stale release notes.
# Usage: cmake -DVERSION=x.y.z -DMETAINFO=file -DCHANGELOG=file -P checkreleaseversion.cmake
foreach(var IN ITEMS VERSION METAINFO CHANGELOG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkreleaseversion.cmake: -D${var}=... is required")
    endif()
endforeach()

file(READ "${METAINFO}" metainfo)
# The first <release> is the newest: AppStream lists releases newest first.
if(NOT metainfo MATCHES "<release[^>]* version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO}: no <release version=\"...\"> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, but the project version is "
                        "${VERSION}; add a <release> entry for ${VERSION}")
endif()

file(STRINGS "${CHANGELOG}" first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^clientele \\(([^)]+)\\)")
    message(FATAL_ERROR "${CHANGELOG}: the first line is not 'clientele (VERSION) ...'")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${CHANGELOG}: the newest entry is ${CMAKE_MATCH_1}, but the project version is "
                        "${VERSION}; add an entry for ${VERSION}")
endif()
message(STATUS "Release notes match version ${VERSION}")
