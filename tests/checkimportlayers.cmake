# Fails when a file in core/import includes a layer above its own, or when ui/ or app/ include a
# header below the import session. The layers, lowest first: readers/, mapping/, writing/ and the
# session in core/import/ itself. The session's plain types (importtypes.h, importoptions.h,
# importissuelist.h) include nothing from the layers, so every layer may include them.
# Usage: cmake -DSOURCE_DIR=<repository> -P checkimportlayers.cmake

set(below_readers "readers")
set(below_mapping "readers|mapping")
set(below_writing "readers|mapping|writing")
set(shared_types "importtypes|importoptions|importissuelist")
set(problems "")

foreach(layer IN ITEMS readers mapping writing)
    file(GLOB_RECURSE files "${SOURCE_DIR}/core/import/${layer}/*.h" "${SOURCE_DIR}/core/import/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^#include \"import/")
        foreach(line IN LISTS includes)
            if(NOT line MATCHES "\"import/(${below_${layer}})/" AND NOT line MATCHES "\"import/(${shared_types})\\.h\"")
                file(RELATIVE_PATH name "${SOURCE_DIR}" "${file}")
                string(APPEND problems "\n  ${name}: ${line} (${layer}/ may include only ${below_${layer}})")
            endif()
        endforeach()
    endforeach()
endforeach()

file(GLOB_RECURSE files "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^#include \"import/(readers|mapping|writing)/")
    foreach(line IN LISTS includes)
        file(RELATIVE_PATH name "${SOURCE_DIR}" "${file}")
        string(APPEND problems "\n  ${name}: ${line} (ui/ and app/ use only the session in core/import/)")
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Includes against the direction of core/import's layers:${problems}")
endif()
