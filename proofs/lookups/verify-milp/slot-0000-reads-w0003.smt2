(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_110 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_72 6))
(assert
 (= phase_73 6))
(assert
 (= phase_74 6))
(assert
 (= phase_76 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_80 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_110 4))
(assert
 (let ((?x3118 (+ phase_110 1)))
 (let (($x12452 (> ?x3118 (- 1))))
 (let ((?x13792 (ite $x12452 ?x3118 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 3)) (< 3 ?x13792)) x_0 0.0))))))
(assert
 (let (($x1698 (and (distinct window_start_contents read_value) true)))
 (let (($x13774 (not (and (and true (> boundary 3)) (<= boundary 5)))))
 (let (($x14430 (or $x13774 $x1698)))
 (let (($x2220 (= read_value x_0)))
 (let (($x9573 (and (and (= read_index 74) (not false)) (= boundary (- phase_104 1)))))
 (let (($x21021 (and $x9573 $x2220)))
 (let (($x28204 (and (and (= read_index 73) (not false)) (= boundary (- phase_103 1)))))
 (let (($x12036 (and $x28204 $x2220)))
 (let (($x8974 (and (and (= read_index 58) (not false)) (= boundary (- phase_82 1)))))
 (let (($x11360 (and $x8974 $x2220)))
 (let (($x11177 (and (and (= read_index 57) (not false)) (= boundary (- phase_81 1)))))
 (let (($x11880 (and $x11177 $x2220)))
 (let (($x14086 (and (and (= read_index 56) (not false)) (= boundary (- phase_80 1)))))
 (let (($x18265 (and $x14086 $x2220)))
 (let (($x21304 (and (and (= read_index 55) (not false)) (= boundary (- phase_78 1)))))
 (let (($x12891 (and $x21304 $x2220)))
 (let (($x13630 (and (and (= read_index 54) (not false)) (= boundary (- phase_77 1)))))
 (let (($x20678 (and $x13630 $x2220)))
 (let (($x3340 (and (and (= read_index 53) (not false)) (= boundary (- phase_76 1)))))
 (let (($x10280 (and $x3340 $x2220)))
 (let (($x47911 (and (and (= read_index 52) (not false)) (= boundary (- phase_74 1)))))
 (let (($x14242 (and $x47911 $x2220)))
 (let (($x12087 (and (and (= read_index 51) (not false)) (= boundary (- phase_73 1)))))
 (let (($x13549 (and $x12087 $x2220)))
 (let (($x9417 (and (and (= read_index 50) (not false)) (= boundary (- phase_72 1)))))
 (let (($x23430 (and $x9417 $x2220)))
 (let (($x16036 (and (and (= read_index 49) (not false)) (= boundary (- phase_70 1)))))
 (let (($x8796 (and $x16036 $x2220)))
 (let (($x10483 (and (and (= read_index 48) (not false)) (= boundary (- phase_69 1)))))
 (let (($x18268 (and $x10483 $x2220)))
 (let (($x10970 (and (and (= read_index 47) (not false)) (= boundary (- phase_68 1)))))
 (let (($x16002 (and $x10970 $x2220)))
 (let (($x20127 (and (and (= read_index 44) (not false)) (= boundary (- phase_63 1)))))
 (let (($x10219 (and $x20127 $x2220)))
 (let (($x13361 (and (and (= read_index 43) (not false)) (= boundary (- phase_62 1)))))
 (let (($x15531 (and $x13361 $x2220)))
 (let (($x12781 (and (and (= read_index 42) (not false)) (= boundary (- phase_61 1)))))
 (let (($x11851 (and $x12781 $x2220)))
 (let (($x25055 (and (and (= read_index 41) (not false)) (= boundary (- phase_59 1)))))
 (let (($x12835 (and $x25055 $x2220)))
 (let (($x18488 (and (and (= read_index 40) (not false)) (= boundary (- phase_58 1)))))
 (let (($x12228 (and $x18488 $x2220)))
 (let (($x29218 (and (and (= read_index 39) (not false)) (= boundary (- phase_57 1)))))
 (let (($x18754 (and $x29218 $x2220)))
 (let (($x21030 (and (and (= read_index 38) (not false)) (= boundary (- phase_55 1)))))
 (let (($x10425 (and $x21030 $x2220)))
 (let (($x4248 (and (and (= read_index 37) (not false)) (= boundary (- phase_54 1)))))
 (let (($x18693 (and $x4248 $x2220)))
 (let (($x29368 (and (and (= read_index 36) (not false)) (= boundary (- phase_53 1)))))
 (let (($x3925 (and $x29368 $x2220)))
 (let (($x12655 (and (and (= read_index 35) (not false)) (= boundary (- phase_51 1)))))
 (let (($x1710 (and $x12655 $x2220)))
 (let (($x19088 (and (and (= read_index 34) (not false)) (= boundary (- phase_50 1)))))
 (let (($x19345 (and $x19088 $x2220)))
 (let (($x11820 (and (and (= read_index 33) (not false)) (= boundary (- phase_49 1)))))
 (let (($x11958 (and $x11820 $x2220)))
 (let (($x9756 (and (and (= read_index 32) (not false)) (= boundary (- phase_47 1)))))
 (let (($x9974 (and $x9756 $x2220)))
 (let (($x5784 (and (and (= read_index 31) (not false)) (= boundary (- phase_46 1)))))
 (let (($x8006 (and $x5784 $x2220)))
 (let (($x18282 (or $x8006 $x9974 $x11958 $x19345 $x1710 $x3925 $x18693 $x10425 $x18754 $x12228 $x12835 $x11851 $x15531 $x10219 $x16002 $x18268 $x8796 $x23430 $x13549 $x14242 $x10280 $x20678 $x12891 $x18265 $x11880 $x11360 $x12036 $x21021)))
 (and $x18282 $x14430)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
