/** Version of the simulation engine, written into every result file so results can be traced to a model. */
export const ENGINE_VERSION = '0.1.0';
