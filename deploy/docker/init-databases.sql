-- Runs once, on the first start of the postgres container (empty data volume).
-- One database per service; each service migrates its own schema with Flyway.
CREATE DATABASE roadmap;
CREATE DATABASE registry;
CREATE DATABASE pairing;
CREATE DATABASE monitoring;
