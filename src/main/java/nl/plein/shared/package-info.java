/**
 * Value types every module may use. Holds no behaviour that touches the database or the web.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.plein.shared;
