-- One database, one schema per service, each owned by the service's role whose search_path is that schema
-- (the same layout the local launcher provisions). Change the passwords for anything but a laptop.
CREATE DATABASE grapevine;
\connect grapevine
CREATE ROLE ingest LOGIN PASSWORD 'ingest';
CREATE ROLE dedupe LOGIN PASSWORD 'dedupe';
CREATE ROLE query LOGIN PASSWORD 'query';
CREATE SCHEMA ingest AUTHORIZATION ingest;
CREATE SCHEMA dedupe AUTHORIZATION dedupe;
CREATE SCHEMA query AUTHORIZATION query;
ALTER ROLE ingest SET search_path = ingest;
ALTER ROLE dedupe SET search_path = dedupe;
ALTER ROLE query SET search_path = query;
