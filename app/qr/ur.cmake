# SPDX-License-Identifier: MIT
# Uniform Resources (BCR-2020-005/006/012) and the ERC-4527 registry types.
target_sources(kioskcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bytewords.cpp ${CMAKE_CURRENT_LIST_DIR}/bytewords.h
    ${CMAKE_CURRENT_LIST_DIR}/erc4527.cpp ${CMAKE_CURRENT_LIST_DIR}/erc4527.h
    ${CMAKE_CURRENT_LIST_DIR}/fountain.cpp ${CMAKE_CURRENT_LIST_DIR}/fountain.h
    ${CMAKE_CURRENT_LIST_DIR}/hdkey.cpp ${CMAKE_CURRENT_LIST_DIR}/hdkey.h
    ${CMAKE_CURRENT_LIST_DIR}/keypath.cpp ${CMAKE_CURRENT_LIST_DIR}/keypath.h
    ${CMAKE_CURRENT_LIST_DIR}/ur.cpp ${CMAKE_CURRENT_LIST_DIR}/ur.h
    ${CMAKE_CURRENT_LIST_DIR}/urcbor.cpp ${CMAKE_CURRENT_LIST_DIR}/urcbor.h
)
