// Writes a deterministic CSV of at least SIZE bytes: a header, 10 columns of numbers and short
// strings, and about 3% of records with a quoted comment holding commas, a newline and `""`.
//
//   gen_csv OUTPUT SIZE_BYTES
//
// Same arguments, same bytes (a fixed-seed splitmix64, no locale, no clock).
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

std::uint64_t state = 0x5eed;

std::uint64_t next_random() {  // splitmix64
  std::uint64_t z = (state += 0x9e3779b97f4a7c15);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

std::uint64_t below(std::uint64_t n) {
  return next_random() % n;
}

std::uint64_t quoted_newlines = 0;

void put_int(std::string& out, std::uint64_t value) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, end);
}

// A fixed-point decimal with `decimals` digits after the point.
void put_decimal(std::string& out, std::uint64_t scaled, int decimals) {
  std::uint64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  put_int(out, scaled / unit);
  out += '.';
  std::string fraction = std::to_string(scaled % unit);
  out.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
  out += fraction;
}

void put_two_digits(std::string& out, std::uint64_t value) {
  out += static_cast<char>('0' + value / 10);
  out += static_cast<char>('0' + value % 10);
}

constexpr std::array<std::string_view, 8> kCategories = {
    "retail", "online", "wholesale", "partner", "direct", "reseller", "internal", "other"};
constexpr std::array<std::string_view, 10> kCities = {
    "Berlin", "Lisbon", "Seattle", "Osaka", "Nairobi", "Lima", "Toronto", "Sydney", "Oslo", "Pune"};
constexpr std::array<std::string_view, 6> kComments = {"ok",  "late", "returned",
                                                       "n/a", "vip",  "new"};
constexpr std::array<std::string_view, 4> kQuoted = {
    "\"Called twice, no answer.\nFollow up next week\"",
    "\"Address: 12 Main St, Apt 4\nBack door, \"\"ring twice\"\"\"",
    "\"multi-line\r\nnote, with CRLF\"",
    "\"Refund issued, see ticket 42\n(priority: low, owner: ops)\"",
};

void put_record(std::string& out, std::uint64_t id) {
  put_int(out, id);
  out += ",2023-";
  put_two_digits(out, 1 + below(12));
  out += '-';
  put_two_digits(out, 1 + below(28));
  out += 'T';
  put_two_digits(out, below(24));
  out += ':';
  put_two_digits(out, below(60));
  out += ':';
  put_two_digits(out, below(60));
  out += ',';
  put_int(out, 18 + below(70));  // age
  out += ',';
  put_decimal(out, below(20'000'000), 2);  // income
  out += ',';
  put_decimal(out, below(1'000'000), 6);  // score
  out += ',';
  out += kCategories[below(kCategories.size())];
  out += ',';
  out += kCities[below(kCities.size())];
  out += ',';
  out += below(2) != 0 ? "true" : "false";
  out += ',';
  put_decimal(out, 1 + below(5000), 3);  // weight, always > 0
  out += ',';
  if (below(100) < 3) {
    out += kQuoted[below(kQuoted.size())];
    ++quoted_newlines;  // Each of kQuoted holds one newline.
  } else {
    out += kComments[below(kComments.size())];
  }
  out += '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_csv OUTPUT SIZE_BYTES\n");
    return 2;
  }
  const std::uint64_t size = std::strtoull(argv[2], nullptr, 10);
  std::FILE* file = std::fopen(argv[1], "wb");
  if (file == nullptr) {
    std::perror(argv[1]);
    return 1;
  }
  std::string block = "id,timestamp,age,income,score,category,city,active,weight,comment\n";
  std::uint64_t written = 0;
  std::uint64_t records = 0;
  while (written < size) {
    while (block.size() < (8u << 20)) put_record(block, ++records);
    if (std::fwrite(block.data(), 1, block.size(), file) != block.size()) {
      std::perror(argv[1]);
      return 1;
    }
    written += block.size();
    block.clear();
  }
  if (std::fclose(file) != 0) {
    std::perror(argv[1]);
    return 1;
  }
  std::printf("generated: %llu records + header, %llu newlines inside quoted fields, %llu bytes\n",
              static_cast<unsigned long long>(records),
              static_cast<unsigned long long>(quoted_newlines),
              static_cast<unsigned long long>(written));
  return 0;
}
