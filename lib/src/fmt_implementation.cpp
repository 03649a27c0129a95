// fmt's compiled part, built once here from the installed <fmt/format-inl.h>.
//
// Debian ships fmt as headers plus a shared library only. Its header-only mode compiled this
// code into every file that formats (about 6 s of a rule file's 10 s at -O2); the shared library
// loads the shared libstdc++ into a CLI that links it statically (measured: `--version` 1.2 ms
// -> 1.9 ms median). These are the explicit instantiations fmt's own build makes (its
// format.cc); the linker reports any that a newer fmt adds.
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API void buffer<char>::append(const char*, const char*);
template FMT_API void vformat_to(buffer<char>&, string_view,
                                 basic_format_args<FMT_BUFFER_CONTEXT(char)>, locale_ref);

}  // namespace detail
FMT_END_NAMESPACE
