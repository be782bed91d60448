# sim3_common carries warnings and Qt hygiene defines; every target links it.
add_library(sim3_common INTERFACE)

target_compile_options(sim3_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2)
if(SIM3_WERROR)
    target_compile_options(sim3_common INTERFACE -Werror)
endif()

target_compile_definitions(sim3_common INTERFACE
    # Every user-visible string must go through tr(); no silent const char* -> QString.
    QT_NO_CAST_FROM_ASCII
    # Forbid implicit QString -> const char*, which loses non-Latin text.
    QT_NO_CAST_TO_ASCII
    # QByteArray must not silently convert to const char* (embedded NULs, lifetime).
    QT_NO_CAST_FROM_BYTEARRAY
    # 'foreach' copies containers; use range-for.
    QT_NO_FOREACH
    # Implicit narrowing in QString::arg/number conversions hides mistakes.
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Compile-time string builder for QString concatenation.
    QT_USE_QSTRINGBUILDER
    # Fail on APIs deprecated up to Qt 6.4, the version Debian 12 ships.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # valijson reports problems as exceptions, which we catch inside JsonSchemaValidator.
    VALIJSON_USE_EXCEPTIONS=1)

if(SIM3_SANITIZE)
    target_compile_options(sim3_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sim3_common INTERFACE -fsanitize=address,undefined)
endif()
