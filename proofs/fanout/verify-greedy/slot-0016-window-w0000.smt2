(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun read_value () Real)
(declare-fun x_16 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_39 6))
(assert
 (= phase_40 6))
(assert
 (= phase_43 6))
(assert
 (= phase_44 6))
(assert
 (= phase_48 6))
(assert
 (= phase_51 6))
(assert
 (= phase_52 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 6))
(assert
 (= phase_59 6))
(assert
 (= phase_60 6))
(assert
 (= phase_63 6))
(assert
 (= phase_64 6))
(assert
 (= phase_68 6))
(assert
 (= phase_71 6))
(assert
 (= phase_72 6))
(assert
 (= phase_75 6))
(assert
 (= phase_76 6))
(assert
 (= phase_80 6))
(assert
 (= phase_83 6))
(assert
 (= phase_84 6))
(assert
 (= phase_87 6))
(assert
 (= phase_88 6))
(assert
 (= phase_91 6))
(assert
 (= phase_92 6))
(assert
 (= phase_95 6))
(assert
 (= phase_96 6))
(assert
 (= phase_100 6))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_107 6))
(assert
 (= phase_108 6))
(assert
 (= phase_112 6))
(assert
 (= phase_115 6))
(assert
 (= phase_116 6))
(assert
 (= phase_119 6))
(assert
 (= phase_120 6))
(assert
 (= phase_123 6))
(assert
 (= phase_124 6))
(assert
 (= phase_127 6))
(assert
 (= phase_128 6))
(assert
 (let ((?x7447 (* 1.0 x_16)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x7544 (ite $x31234 ?x7447 0.0)))
 (let (($x17472 (or (not (and true (<= boundary 5))) (and (distinct ?x7544 read_value) true))))
 (let (($x22032 (= read_value x_16)))
 (let (($x72404 (and (and (= read_index 40) (not false)) (= boundary (- phase_128 1)))))
 (let (($x72296 (and (and (= read_index 39) (not false)) (= boundary (- phase_127 1)))))
 (let (($x85678 (and (and (= read_index 38) (not false)) (= boundary (- phase_124 1)))))
 (let (($x19393 (and (and (= read_index 37) (not false)) (= boundary (- phase_123 1)))))
 (let (($x33217 (and (and (= read_index 36) (not false)) (= boundary (- phase_120 1)))))
 (let (($x74179 (and (and (= read_index 35) (not false)) (= boundary (- phase_119 1)))))
 (let (($x84979 (and (and (= read_index 34) (not false)) (= boundary (- phase_116 1)))))
 (let (($x19906 (and (and (= read_index 33) (not false)) (= boundary (- phase_115 1)))))
 (let (($x84696 (and (and (= read_index 32) (not false)) (= boundary (- phase_112 1)))))
 (let (($x84886 (and (and (= read_index 31) (not false)) (= boundary (- phase_108 1)))))
 (let (($x21772 (and (and (= read_index 30) (not false)) (= boundary (- phase_107 1)))))
 (let (($x19027 (and (and (= read_index 29) (not false)) (= boundary (- phase_104 1)))))
 (let (($x56884 (and (and (= read_index 28) (not false)) (= boundary (- phase_103 1)))))
 (let (($x84517 (and (and (= read_index 27) (not false)) (= boundary (- phase_100 1)))))
 (let (($x3341 (and (and (= read_index 26) (not false)) (= boundary (- phase_96 1)))))
 (let (($x82916 (and (and (= read_index 25) (not false)) (= boundary (- phase_95 1)))))
 (let (($x69852 (and (and (= read_index 24) (not false)) (= boundary (- phase_92 1)))))
 (let (($x20556 (and (and (= read_index 23) (not false)) (= boundary (- phase_91 1)))))
 (let (($x42836 (and (and (= read_index 22) (not false)) (= boundary (- phase_88 1)))))
 (let (($x80473 (and (and (= read_index 21) (not false)) (= boundary (- phase_87 1)))))
 (let (($x71986 (and (and (= read_index 20) (not false)) (= boundary (- phase_84 1)))))
 (let (($x74385 (and (and (= read_index 19) (not false)) (= boundary (- phase_83 1)))))
 (let (($x84759 (and (and (= read_index 18) (not false)) (= boundary (- phase_80 1)))))
 (let (($x11700 (and (and (= read_index 17) (not false)) (= boundary (- phase_76 1)))))
 (let (($x24845 (and (and (= read_index 16) (not false)) (= boundary (- phase_75 1)))))
 (let (($x86234 (and (and (= read_index 15) (not false)) (= boundary (- phase_72 1)))))
 (let (($x85985 (and (and (= read_index 14) (not false)) (= boundary (- phase_71 1)))))
 (let (($x74189 (and (and (= read_index 13) (not false)) (= boundary (- phase_68 1)))))
 (let (($x19344 (and (and (= read_index 12) (not false)) (= boundary (- phase_64 1)))))
 (let (($x4796 (and (and (= read_index 11) (not false)) (= boundary (- phase_63 1)))))
 (let (($x71981 (and (and (= read_index 10) (not false)) (= boundary (- phase_60 1)))))
 (let (($x20836 (and (and (= read_index 9) (not false)) (= boundary (- phase_59 1)))))
 (let (($x104508 (and (and (= read_index 8) (not false)) (= boundary (- phase_56 1)))))
 (let (($x86374 (and (and (= read_index 7) (not false)) (= boundary (- phase_55 1)))))
 (let (($x85272 (and (and (= read_index 6) (not false)) (= boundary (- phase_52 1)))))
 (let (($x65081 (and (and (= read_index 5) (not false)) (= boundary (- phase_51 1)))))
 (let (($x32605 (and (and (= read_index 4) (not false)) (= boundary (- phase_48 1)))))
 (let (($x31343 (and (and (= read_index 3) (not false)) (= boundary (- phase_44 1)))))
 (let (($x28006 (and (and (= read_index 2) (not false)) (= boundary (- phase_43 1)))))
 (let (($x25191 (and (and (= read_index 1) (not false)) (= boundary (- phase_40 1)))))
 (let (($x21609 (and (and (= read_index 0) (not false)) (= boundary (- phase_39 1)))))
 (let (($x86670 (or (and $x21609 $x22032) (and $x25191 $x22032) (and $x28006 $x22032) (and $x31343 $x22032) (and $x32605 $x22032) (and $x65081 $x22032) (and $x85272 $x22032) (and $x86374 $x22032) (and $x104508 $x22032) (and $x20836 $x22032) (and $x71981 $x22032) (and $x4796 $x22032) (and $x19344 $x22032) (and $x74189 $x22032) (and $x85985 $x22032) (and $x86234 $x22032) (and $x24845 $x22032) (and $x11700 $x22032) (and $x84759 $x22032) (and $x74385 $x22032) (and $x71986 $x22032) (and $x80473 $x22032) (and $x42836 $x22032) (and $x20556 $x22032) (and $x69852 $x22032) (and $x82916 $x22032) (and $x3341 $x22032) (and $x84517 $x22032) (and $x56884 $x22032) (and $x19027 $x22032) (and $x21772 $x22032) (and $x84886 $x22032) (and $x84696 $x22032) (and $x19906 $x22032) (and $x84979 $x22032) (and $x74179 $x22032) (and $x33217 $x22032) (and $x19393 $x22032) (and $x85678 $x22032) (and $x72296 $x22032) (and $x72404 $x22032))))
 (let (($x84802 (and $x86670 $x17472)))
 (let ((?x487 (+ phase_0 1)))
 (let ((?x21681 (+ phase_39 1)))
 (let (($x16855 (> ?x21681 ?x487)))
 (let ((?x17936 (ite $x16855 ?x21681 ?x487)))
 (let (($x31447 (<= ?x487 boundary)))
 (let (($x9090 (and (not (<= (ite (> phase_39 phase_0) phase_39 phase_0) ?x487)) $x31447)))
 (let ((?x11461 (ite (and $x9090 (< boundary ?x17936)) x_16 0.0)))
 (let (($x15125 (and (distinct ?x7544 ?x11461) true)))
 (let (($x86081 (<= boundary 5)))
 (let (($x11518 (and true $x86081)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (let (($x14002 (and $x86099 $x11518)))
 (let (($x16046 (and $x14002 $x15125)))
 (let (($x18945 (> phase_39 phase_0)))
 (let ((?x17265 (ite $x18945 phase_39 phase_0)))
 (let (($x3362 (> ?x17265 boundary)))
 (let ((?x37926 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x11240 (and $x14749 (and (distinct ?x37926 0.0) true))))
 (let (($x3451 (and $x11240 $x3362)))
 (let (($x6984 (or $x3451)))
 (let (($x4076 (= boundary 1)))
 (let (($x5784 (or $x4076)))
 (let (($x7059 (and $x5784 $x6984)))
 (let (($x18274 (> boundary 11)))
 (let (($x104483 (< boundary 2)))
 (let (($x22989 (or $x104483 $x18274)))
 (let (($x2229 (and $x11240 $x22989)))
 (let (($x2296 (or $x2229)))
 (or $x2296 $x7059 $x16046 $x84802))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
