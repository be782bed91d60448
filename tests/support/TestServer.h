#pragma once

#include "storage/PostgresTarget.h"

#include <optional>

// The PostgreSQL server the test command starts (scripts/pg-test-cluster), from
// SIM3_TEST_POSTGRES; none when the variable is not set.
std::optional<PostgresTarget> testServer();

// Call at the start of a test that needs the server: without one it records a failure in CI
// (where the server must be there: never a skip) and a skip elsewhere, and returns true: the
// test then returns at once.
bool noTestServer(const std::optional<PostgresTarget> &server);
