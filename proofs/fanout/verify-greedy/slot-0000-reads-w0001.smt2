(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_38 6))
(assert
 (= phase_39 6))
(assert
 (= phase_41 6))
(assert
 (= phase_42 6))
(assert
 (= phase_44 6))
(assert
 (= phase_45 6))
(assert
 (= phase_47 6))
(assert
 (= phase_48 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_56 6))
(assert
 (= phase_57 6))
(assert
 (= phase_59 6))
(assert
 (= phase_60 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_71 6))
(assert
 (= phase_72 6))
(assert
 (= phase_75 6))
(assert
 (= phase_76 6))
(assert
 (= phase_78 6))
(assert
 (= phase_79 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (= phase_87 6))
(assert
 (= phase_88 6))
(assert
 (= phase_90 6))
(assert
 (= phase_91 6))
(assert
 (= phase_93 6))
(assert
 (= phase_94 6))
(assert
 (= phase_96 6))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_100 6))
(assert
 (= phase_102 6))
(assert
 (= phase_103 6))
(assert
 (= phase_105 6))
(assert
 (= phase_106 6))
(assert
 (= phase_108 6))
(assert
 (= phase_109 6))
(assert
 (= phase_112 6))
(assert
 (= phase_113 6))
(assert
 (= phase_115 6))
(assert
 (= phase_116 6))
(assert
 (= phase_118 6))
(assert
 (= phase_119 6))
(assert
 (= phase_121 6))
(assert
 (= phase_122 6))
(assert
 (= phase_124 6))
(assert
 (= phase_125 6))
(assert
 (= phase_127 6))
(assert
 (= phase_128 6))
(assert
 (= phase_130 6))
(assert
 (= phase_275 6))
(assert
 (= phase_276 6))
(assert
 (= phase_278 6))
(assert
 (= phase_279 6))
(assert
 (let ((?x236 (+ phase_1 1)))
 (let (($x55854 (> ?x236 (- 1))))
 (let ((?x43825 (ite $x55854 ?x236 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 1)) (< 1 ?x43825)) x_0 0.0))))))
(assert
 (let (($x102895 (and (distinct window_start_contents read_value) true)))
 (let (($x102892 (not (and (and true (> boundary 1)) (<= boundary 5)))))
 (let (($x102894 (or $x102892 $x102895)))
 (let (($x3420 (= read_value x_0)))
 (let (($x99399 (and (and (= read_index 196) (not false)) (= boundary (- phase_279 1)))))
 (let (($x24300 (and $x99399 $x3420)))
 (let (($x86907 (and (and (= read_index 195) (not false)) (= boundary (- phase_278 1)))))
 (let (($x20352 (and $x86907 $x3420)))
 (let (($x61269 (and (and (= read_index 194) (not false)) (= boundary (- phase_276 1)))))
 (let (($x4305 (and $x61269 $x3420)))
 (let (($x86676 (and (and (= read_index 193) (not false)) (= boundary (- phase_275 1)))))
 (let (($x86665 (and $x86676 $x3420)))
 (let (($x95975 (and (and (= read_index 97) (not false)) (= boundary (- phase_130 1)))))
 (let (($x97311 (and $x95975 $x3420)))
 (let (($x98086 (and (and (= read_index 96) (not false)) (= boundary (- phase_128 1)))))
 (let (($x100019 (and $x98086 $x3420)))
 (let (($x20497 (and (and (= read_index 95) (not false)) (= boundary (- phase_127 1)))))
 (let (($x100129 (and $x20497 $x3420)))
 (let (($x34500 (and (and (= read_index 94) (not false)) (= boundary (- phase_125 1)))))
 (let (($x34598 (and $x34500 $x3420)))
 (let (($x5904 (and (and (= read_index 93) (not false)) (= boundary (- phase_124 1)))))
 (let (($x103108 (and $x5904 $x3420)))
 (let (($x5355 (and (and (= read_index 92) (not false)) (= boundary (- phase_122 1)))))
 (let (($x92336 (and $x5355 $x3420)))
 (let (($x9550 (and (and (= read_index 91) (not false)) (= boundary (- phase_121 1)))))
 (let (($x92560 (and $x9550 $x3420)))
 (let (($x92329 (and (and (= read_index 90) (not false)) (= boundary (- phase_119 1)))))
 (let (($x92334 (and $x92329 $x3420)))
 (let (($x22844 (and (and (= read_index 89) (not false)) (= boundary (- phase_118 1)))))
 (let (($x92868 (and $x22844 $x3420)))
 (let (($x92866 (and (and (= read_index 88) (not false)) (= boundary (- phase_116 1)))))
 (let (($x92915 (and $x92866 $x3420)))
 (let (($x100293 (and (and (= read_index 87) (not false)) (= boundary (- phase_115 1)))))
 (let (($x99874 (and $x100293 $x3420)))
 (let (($x92342 (and (and (= read_index 86) (not false)) (= boundary (- phase_113 1)))))
 (let (($x99989 (and $x92342 $x3420)))
 (let (($x100276 (and (and (= read_index 85) (not false)) (= boundary (- phase_112 1)))))
 (let (($x47579 (and $x100276 $x3420)))
 (let (($x11967 (and (and (= read_index 84) (not false)) (= boundary (- phase_109 1)))))
 (let (($x97299 (and $x11967 $x3420)))
 (let (($x65811 (and (and (= read_index 83) (not false)) (= boundary (- phase_108 1)))))
 (let (($x7222 (and $x65811 $x3420)))
 (let (($x20726 (and (and (= read_index 82) (not false)) (= boundary (- phase_106 1)))))
 (let (($x8135 (and $x20726 $x3420)))
 (let (($x25737 (and (and (= read_index 81) (not false)) (= boundary (- phase_105 1)))))
 (let (($x913 (and $x25737 $x3420)))
 (let (($x7501 (and (and (= read_index 80) (not false)) (= boundary (- phase_103 1)))))
 (let (($x65793 (and $x7501 $x3420)))
 (let (($x85532 (and (and (= read_index 79) (not false)) (= boundary (- phase_102 1)))))
 (let (($x12864 (and $x85532 $x3420)))
 (let (($x99623 (and (and (= read_index 78) (not false)) (= boundary (- phase_100 1)))))
 (let (($x100106 (and $x99623 $x3420)))
 (let (($x92955 (and (and (= read_index 77) (not false)) (= boundary (- phase_99 1)))))
 (let (($x100275 (and $x92955 $x3420)))
 (let (($x5675 (and (and (= read_index 76) (not false)) (= boundary (- phase_97 1)))))
 (let (($x23395 (and $x5675 $x3420)))
 (let (($x24325 (and (and (= read_index 75) (not false)) (= boundary (- phase_96 1)))))
 (let (($x13899 (and $x24325 $x3420)))
 (let (($x21456 (and (and (= read_index 74) (not false)) (= boundary (- phase_94 1)))))
 (let (($x3466 (and $x21456 $x3420)))
 (let (($x22082 (and (and (= read_index 73) (not false)) (= boundary (- phase_93 1)))))
 (let (($x92544 (and $x22082 $x3420)))
 (let (($x86388 (and (and (= read_index 72) (not false)) (= boundary (- phase_91 1)))))
 (let (($x45578 (and $x86388 $x3420)))
 (let (($x99057 (and (and (= read_index 71) (not false)) (= boundary (- phase_90 1)))))
 (let (($x6426 (and $x99057 $x3420)))
 (let (($x100043 (and (and (= read_index 70) (not false)) (= boundary (- phase_88 1)))))
 (let (($x5702 (and $x100043 $x3420)))
 (let (($x96759 (and (and (= read_index 69) (not false)) (= boundary (- phase_87 1)))))
 (let (($x95766 (and $x96759 $x3420)))
 (let (($x97386 (and (and (= read_index 68) (not false)) (= boundary (- phase_85 1)))))
 (let (($x99073 (and $x97386 $x3420)))
 (let (($x97360 (and (and (= read_index 67) (not false)) (= boundary (- phase_84 1)))))
 (let (($x97849 (and $x97360 $x3420)))
 (let (($x97796 (and (and (= read_index 66) (not false)) (= boundary (- phase_82 1)))))
 (let (($x99719 (and $x97796 $x3420)))
 (let (($x34545 (and (and (= read_index 65) (not false)) (= boundary (- phase_81 1)))))
 (let (($x99716 (and $x34545 $x3420)))
 (let (($x100038 (and (and (= read_index 64) (not false)) (= boundary (- phase_79 1)))))
 (let (($x8741 (and $x100038 $x3420)))
 (let (($x100037 (and (and (= read_index 63) (not false)) (= boundary (- phase_78 1)))))
 (let (($x1271 (and $x100037 $x3420)))
 (let (($x25119 (and (and (= read_index 62) (not false)) (= boundary (- phase_76 1)))))
 (let (($x99398 (and $x25119 $x3420)))
 (let (($x97066 (and (and (= read_index 61) (not false)) (= boundary (- phase_75 1)))))
 (let (($x21797 (and $x97066 $x3420)))
 (let (($x5987 (and (and (= read_index 60) (not false)) (= boundary (- phase_72 1)))))
 (let (($x99131 (and $x5987 $x3420)))
 (let (($x32339 (and (and (= read_index 59) (not false)) (= boundary (- phase_71 1)))))
 (let (($x32348 (and $x32339 $x3420)))
 (let (($x100050 (and (and (= read_index 58) (not false)) (= boundary (- phase_69 1)))))
 (let (($x71462 (and $x100050 $x3420)))
 (let (($x99907 (and (and (= read_index 57) (not false)) (= boundary (- phase_68 1)))))
 (let (($x99906 (and $x99907 $x3420)))
 (let (($x34547 (and (and (= read_index 56) (not false)) (= boundary (- phase_66 1)))))
 (let (($x9651 (and $x34547 $x3420)))
 (let (($x25622 (and (and (= read_index 55) (not false)) (= boundary (- phase_65 1)))))
 (let (($x99952 (and $x25622 $x3420)))
 (let (($x1929 (and (and (= read_index 54) (not false)) (= boundary (- phase_63 1)))))
 (let (($x11412 (and $x1929 $x3420)))
 (let (($x97096 (and (and (= read_index 53) (not false)) (= boundary (- phase_62 1)))))
 (let (($x102880 (and $x97096 $x3420)))
 (let (($x99240 (and (and (= read_index 52) (not false)) (= boundary (- phase_60 1)))))
 (let (($x96948 (and $x99240 $x3420)))
 (let (($x100093 (and (and (= read_index 51) (not false)) (= boundary (- phase_59 1)))))
 (let (($x96082 (and $x100093 $x3420)))
 (let (($x100297 (and (and (= read_index 50) (not false)) (= boundary (- phase_57 1)))))
 (let (($x103030 (and $x100297 $x3420)))
 (let (($x97732 (and (and (= read_index 49) (not false)) (= boundary (- phase_56 1)))))
 (let (($x97894 (and $x97732 $x3420)))
 (let (($x95788 (and (and (= read_index 48) (not false)) (= boundary (- phase_54 1)))))
 (let (($x95981 (and $x95788 $x3420)))
 (let (($x86481 (and (and (= read_index 47) (not false)) (= boundary (- phase_53 1)))))
 (let (($x86549 (and $x86481 $x3420)))
 (let (($x47303 (and (and (= read_index 46) (not false)) (= boundary (- phase_51 1)))))
 (let (($x50845 (and $x47303 $x3420)))
 (let (($x40543 (and (and (= read_index 45) (not false)) (= boundary (- phase_50 1)))))
 (let (($x40701 (and $x40543 $x3420)))
 (let (($x32932 (and (and (= read_index 44) (not false)) (= boundary (- phase_48 1)))))
 (let (($x34040 (and $x32932 $x3420)))
 (let (($x24777 (and (and (= read_index 43) (not false)) (= boundary (- phase_47 1)))))
 (let (($x25395 (and $x24777 $x3420)))
 (let (($x21674 (and (and (= read_index 42) (not false)) (= boundary (- phase_45 1)))))
 (let (($x21712 (and $x21674 $x3420)))
 (let (($x19859 (and (and (= read_index 41) (not false)) (= boundary (- phase_44 1)))))
 (let (($x20316 (and $x19859 $x3420)))
 (let (($x15294 (and (and (= read_index 40) (not false)) (= boundary (- phase_42 1)))))
 (let (($x15397 (and $x15294 $x3420)))
 (let (($x8558 (and (and (= read_index 39) (not false)) (= boundary (- phase_41 1)))))
 (let (($x9243 (and $x8558 $x3420)))
 (let (($x5045 (and (and (= read_index 38) (not false)) (= boundary (- phase_39 1)))))
 (let (($x5309 (and $x5045 $x3420)))
 (let (($x2259 (and (and (= read_index 37) (not false)) (= boundary (- phase_38 1)))))
 (let (($x2464 (and $x2259 $x3420)))
 (let (($x102893 (or $x2464 $x5309 $x9243 $x15397 $x20316 $x21712 $x25395 $x34040 $x40701 $x50845 $x86549 $x95981 $x97894 $x103030 $x96082 $x96948 $x102880 $x11412 $x99952 $x9651 $x99906 $x71462 $x32348 $x99131 $x21797 $x99398 $x1271 $x8741 $x99716 $x99719 $x97849 $x99073 $x95766 $x5702 $x6426 $x45578 $x92544 $x3466 $x13899 $x23395 $x100275 $x100106 $x12864 $x65793 $x913 $x8135 $x7222 $x97299 $x47579 $x99989 $x99874 $x92915 $x92868 $x92334 $x92560 $x92336 $x103108 $x34598 $x100129 $x100019 $x97311 $x86665 $x4305 $x20352 $x24300)))
 (and $x102893 $x102894)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
