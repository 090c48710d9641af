# One place for build hygiene: every Clientele target links clientele_warnings.
add_library(clientele_warnings INTERFACE)
target_compile_features(clientele_warnings INTERFACE cxx_std_20)
target_compile_options(clientele_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor)
target_compile_definitions(clientele_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CLIENTELE_VERSION="${PROJECT_VERSION}")
if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(clientele_warnings INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()
if(CLIENTELE_SANITIZE)
    target_compile_options(clientele_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clientele_warnings INTERFACE -fsanitize=address,undefined)
endif()
