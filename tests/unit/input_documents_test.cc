#include "store/input_documents.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace form4::internal {
namespace {

namespace fs = std::filesystem;

TEST(InputDocumentsTest, ArchivesAreRecognizedByTheirFirstBytes) {
  EXPECT_TRUE(LooksLikeArchive(std::string_view("\x1f\x8b\x08\x00", 4)));
  EXPECT_TRUE(LooksLikeArchive("PK\x03\x04rest"));
  std::string tar(512, '\0');
  tar.replace(257, 5, "ustar");
  EXPECT_TRUE(LooksLikeArchive(tar));
  EXPECT_FALSE(LooksLikeArchive("<?xml version=\"1.0\"?><ownershipDocument>"));
  EXPECT_FALSE(LooksLikeArchive("<SEC-DOCUMENT>0000950123-24-000001.txt : 20240105"));
  EXPECT_FALSE(LooksLikeArchive(""));
}

class TempDir {
 public:
  // One directory per test and process, so that test runs may overlap.
  TempDir()
      : path_(fs::temp_directory_path() /
              (std::string("form4_input_") + std::to_string(getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

TEST(InputDocumentsTest, DirectoriesAreWalkedInNameOrder) {
  TempDir dir;
  Write(dir.path() / "b.xml", "bb");
  Write(dir.path() / "a" / "z.xml", "z");
  Write(dir.path() / "a" / "y" / "x.xml", "xxx");
  const InputFiles files = ListInputFiles({dir.path().string()});
  ASSERT_EQ(files.paths.size(), 3u);
  EXPECT_EQ(files.paths[0], (dir.path() / "a" / "y" / "x.xml").string());
  EXPECT_EQ(files.paths[1], (dir.path() / "a" / "z.xml").string());
  EXPECT_EQ(files.paths[2], (dir.path() / "b.xml").string());
  EXPECT_EQ(files.total_bytes, 6u);
}

TEST(InputDocumentsTest, LinkedDirectoriesAreNotFollowed) {
  TempDir dir;
  Write(dir.path() / "a" / "one.xml", "1");
  fs::create_directory_symlink(dir.path(), dir.path() / "a" / "loop");
  EXPECT_EQ(ListInputFiles({dir.path().string()}).paths.size(), 1u);
}

TEST(InputDocumentsTest, APlainFileIsOneDocument) {
  TempDir dir;
  Write(dir.path() / "f.xml", "<ownershipDocument/>");
  std::vector<InputDocument> documents;
  uint64_t consumed = 0;
  ReadDocuments((dir.path() / "f.xml").string(), [&](InputDocument d) { documents.push_back(std::move(d)); },
                [&](uint64_t bytes) { consumed = bytes; });
  ASSERT_EQ(documents.size(), 1u);
  ASSERT_TRUE(documents[0].content.ok());
  EXPECT_EQ(*documents[0].content, "<ownershipDocument/>");
  EXPECT_EQ(consumed, 20u);
}

TEST(InputDocumentsTest, AMissingFileIsAnError) {
  std::vector<InputDocument> documents;
  ReadDocuments("/nonexistent/form4/f.xml", [&](InputDocument d) { documents.push_back(std::move(d)); },
                [](uint64_t) {});
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_FALSE(documents[0].content.ok());
}

}  // namespace
}  // namespace form4::internal
