# sim3_common carries warnings and Qt hygiene defines; every target links it.
add_library(sim3_common INTERFACE)

target_compile_options(sim3_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2)
if(SIM3_WERROR)
    target_compile_options(sim3_common INTERFACE -Werror)
endif()

target_compile_definitions(sim3_common INTERFACE
    # No implicit const char* -> QString: every literal says its encoding (u""_s, tr(), Latin-1).
    QT_NO_CAST_FROM_ASCII
    # Forbid implicit QString -> const char*, which loses non-Latin text.
    QT_NO_CAST_TO_ASCII
    # QByteArray must not silently convert to const char* (embedded NULs, lifetime).
    QT_NO_CAST_FROM_BYTEARRAY
    # 'foreach' copies containers; use range-for.
    QT_NO_FOREACH
    # connect() refuses a slot whose parameters would narrow the signal's arguments (qint64 -> int).
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Compile-time string builder for QString concatenation.
    QT_USE_QSTRINGBUILDER
    # Fail on APIs deprecated up to Qt 6.4, the version Debian 12 ships.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(SIM3_SANITIZE)
    target_compile_options(sim3_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sim3_common INTERFACE -fsanitize=address,undefined)
endif()
