package dev.readout.model;

/**
 * The sixteen event types of the PLOVER ontology (Halterman et al., PLOVER manual, 2021), written
 * in upper case as PLOVER writes them.
 */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  COOPERATE,
  AID,
  CONCEDE,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT
}
