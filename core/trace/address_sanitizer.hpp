// SPDX-License-Identifier: MIT
#pragma once

// YS_ADDRESS_SANITIZER is 1 in a build under AddressSanitizer, else 0. g++ says so with
// __SANITIZE_ADDRESS__ and clang with __has_feature(address_sanitizer): one home for the test,
// so that no code asks only one of the two compilers (and gets pooled or huge-page memory the
// sanitizer cannot watch).
#if defined(__SANITIZE_ADDRESS__)
#define YS_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YS_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef YS_ADDRESS_SANITIZER
#define YS_ADDRESS_SANITIZER 0
#endif
