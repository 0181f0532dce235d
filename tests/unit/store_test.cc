#include "form4/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace form4 {
namespace {

Filing SmallFiling(const std::string& issuer_name) {
  Filing filing;
  filing.document_type = "4";
  filing.period_of_report = "2024-05-01";
  filing.issuer = {"0009990002", issuer_name, "WDLK"};
  ReportingOwner owner;
  owner.cik = "0009990202";
  owner.name = "Haldane-Osei Priya";
  filing.reporting_owners.push_back(owner);
  Row holding;
  holding.security_title = "Common Stock";
  holding.shares_owned_following = Number{"250", true};
  filing.non_derivative_holdings.push_back(holding);
  filing.source.format = "xml";
  return filing;
}

// The same filing as its full submission would give it: same facts, an accession number.
Filing WithAccession(Filing filing, const std::string& accession) {
  filing.source.format = "sgml";
  filing.source.accession_number = accession;
  filing.source.filing_date = "2024-05-03";
  return filing;
}

std::unique_ptr<Store> MemoryStore() {
  Result<std::unique_ptr<Store>> store = OpenSqliteStore(":memory:");
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}

PutOutcome Put(Store& store, const Filing& filing, const std::string& content) {
  Result<PutOutcome> outcome = store.Put(PrepareFiling(filing, Sha256Hex(content), content));
  EXPECT_TRUE(outcome.ok()) << outcome.status().ToString();
  return outcome.ok() ? *outcome : PutOutcome::kDuplicate;
}

TEST(StoreTest, Sha256Hex) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(StoreTest, FactsHashIgnoresSourceAndWarnings) {
  Filing filing = SmallFiling("Woodlark Ltd");
  Filing copy = WithAccession(filing, "0009990002-24-000001");
  copy.warnings.push_back({"xml-malformed", "warning", "", "repaired"});
  EXPECT_EQ(PrepareFiling(filing, "a", "a").facts_hash, PrepareFiling(copy, "b", "b").facts_hash);
  EXPECT_NE(PrepareFiling(filing, "a", "a").facts_hash,
            PrepareFiling(SmallFiling("Woodlark plc"), "a", "a").facts_hash);
}

TEST(StoreTest, SameFactsWithoutAccessionStoredOnce) {
  std::unique_ptr<Store> store = MemoryStore();
  EXPECT_EQ(Put(*store, SmallFiling("Woodlark Ltd"), "one.xml"), PutOutcome::kStored);
  EXPECT_EQ(Put(*store, SmallFiling("Woodlark Ltd"), "copy.xml"), PutOutcome::kDuplicate);
  EXPECT_EQ(Put(*store, SmallFiling("Woodlark plc"), "other.xml"), PutOutcome::kStored);
  ASSERT_TRUE(store->Commit().ok());
}

TEST(StoreTest, FullSubmissionCompletesTheBareXml) {
  std::unique_ptr<Store> store = MemoryStore();
  const Filing filing = SmallFiling("Woodlark Ltd");
  EXPECT_EQ(Put(*store, filing, "bare.xml"), PutOutcome::kStored);
  EXPECT_EQ(Put(*store, WithAccession(filing, "0009990002-24-000001"), "full.txt"), PutOutcome::kCompleted);
  EXPECT_EQ(Put(*store, WithAccession(filing, "0009990002-24-000001"), "again.txt"), PutOutcome::kDuplicate);
  EXPECT_EQ(Put(*store, filing, "bare-again.xml"), PutOutcome::kDuplicate);
}

TEST(StoreTest, DistinctAccessionsAreDistinctFilingsWhateverTheFacts) {
  std::unique_ptr<Store> store = MemoryStore();
  const Filing filing = SmallFiling("Woodlark Ltd");
  EXPECT_EQ(Put(*store, WithAccession(filing, "0009990002-24-000001"), "a.txt"), PutOutcome::kStored);
  EXPECT_EQ(Put(*store, WithAccession(filing, "0009990002-24-000002"), "b.txt"), PutOutcome::kStored);
}

TEST(StoreTest, ContentHashesListEverySource) {
  std::unique_ptr<Store> store = MemoryStore();
  Put(*store, SmallFiling("Woodlark Ltd"), "one.xml");
  Put(*store, SmallFiling("Woodlark Ltd"), "copy.xml");
  Result<std::vector<std::string>> hashes = store->ContentHashes();
  ASSERT_TRUE(hashes.ok());
  std::vector<std::string> expected = {Sha256Hex("one.xml"), Sha256Hex("copy.xml")};
  std::sort(expected.begin(), expected.end());
  std::sort(hashes->begin(), hashes->end());
  EXPECT_EQ(*hashes, expected);
}

TEST(StoreTest, UnreachableServerIsAnError) {
  Result<std::unique_ptr<Store>> store = OpenPostgresStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("cannot connect"), std::string::npos);
}

}  // namespace
}  // namespace form4
