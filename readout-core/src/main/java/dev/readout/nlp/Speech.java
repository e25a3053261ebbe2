package dev.readout.nlp;

import dev.readout.model.Statement;

/**
 * A statement found in a sentence, before it becomes a {@link Statement}: token indices into the
 * sentence.
 *
 * @param speaker who said it
 * @param source the mention that names the speaker
 * @param cueFrom first token of the cue
 * @param cueTo token after the cue
 * @param contentFrom first token of the content
 * @param contentTo token after the content
 * @param mode reported, direct or mixed
 */
record Speech(
    ActorBuilder speaker,
    Ref source,
    int cueFrom,
    int cueTo,
    int contentFrom,
    int contentTo,
    Statement.Mode mode) {}
