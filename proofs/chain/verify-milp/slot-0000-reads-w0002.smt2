(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_24 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_24 18))
(assert
 (= phase_37 22))
(assert
 (= phase_38 22))
(assert
 (= phase_47 22))
(assert
 (= phase_48 22))
(assert
 (= phase_50 26))
(assert
 (= phase_51 26))
(assert
 (= phase_57 22))
(assert
 (= phase_58 22))
(assert
 (= phase_60 26))
(assert
 (= phase_61 26))
(assert
 (= phase_66 20))
(assert
 (= phase_67 22))
(assert
 (= phase_68 22))
(assert
 (= phase_70 26))
(assert
 (= phase_71 26))
(assert
 (= phase_79 24))
(assert
 (= phase_80 26))
(assert
 (= phase_81 26))
(assert
 (let ((?x14175 (+ phase_24 1)))
 (let (($x13171 (> ?x14175 (- 1))))
 (let ((?x27709 (ite $x13171 ?x14175 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 17)) (< 17 ?x27709)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x23603 (not (and (and true (> boundary 17)) (<= boundary 25)))))
 (let (($x22437 (or $x23603 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x55197 (and (and (= read_index 57) (not false)) (= boundary (- phase_81 1)))))
 (let (($x24964 (and $x55197 $x16839)))
 (let (($x23014 (and (and (= read_index 56) (not false)) (= boundary (- phase_80 1)))))
 (let (($x23035 (and $x23014 $x16839)))
 (let (($x22806 (and (and (= read_index 55) (not false)) (= boundary (- phase_79 1)))))
 (let (($x23344 (and $x22806 $x16839)))
 (let (($x23218 (and (and (= read_index 50) (not false)) (= boundary (- phase_71 1)))))
 (let (($x23255 (and $x23218 $x16839)))
 (let (($x22846 (and (and (= read_index 49) (not false)) (= boundary (- phase_70 1)))))
 (let (($x22623 (and $x22846 $x16839)))
 (let (($x22841 (and (and (= read_index 48) (not false)) (= boundary (- phase_68 1)))))
 (let (($x22645 (and $x22841 $x16839)))
 (let (($x22630 (and (and (= read_index 47) (not false)) (= boundary (- phase_67 1)))))
 (let (($x22622 (and $x22630 $x16839)))
 (let (($x22632 (and (and (= read_index 46) (not false)) (= boundary (- phase_66 1)))))
 (let (($x22801 (and $x22632 $x16839)))
 (let (($x22526 (and (and (= read_index 43) (not false)) (= boundary (- phase_61 1)))))
 (let (($x22527 (and $x22526 $x16839)))
 (let (($x22442 (and (and (= read_index 42) (not false)) (= boundary (- phase_60 1)))))
 (let (($x22436 (and $x22442 $x16839)))
 (let (($x22592 (and (and (= read_index 41) (not false)) (= boundary (- phase_58 1)))))
 (let (($x22578 (and $x22592 $x16839)))
 (let (($x23310 (and (and (= read_index 40) (not false)) (= boundary (- phase_57 1)))))
 (let (($x25198 (and $x23310 $x16839)))
 (let (($x5427 (and (and (= read_index 36) (not false)) (= boundary (- phase_51 1)))))
 (let (($x25077 (and $x5427 $x16839)))
 (let (($x24442 (and (and (= read_index 35) (not false)) (= boundary (- phase_50 1)))))
 (let (($x24955 (and $x24442 $x16839)))
 (let (($x22828 (and (and (= read_index 34) (not false)) (= boundary (- phase_48 1)))))
 (let (($x22888 (and $x22828 $x16839)))
 (let (($x22644 (and (and (= read_index 33) (not false)) (= boundary (- phase_47 1)))))
 (let (($x23221 (and $x22644 $x16839)))
 (let (($x19516 (and (and (= read_index 27) (not false)) (= boundary (- phase_38 1)))))
 (let (($x21088 (and $x19516 $x16839)))
 (let (($x3969 (and (and (= read_index 26) (not false)) (= boundary (- phase_37 1)))))
 (let (($x4152 (and $x3969 $x16839)))
 (let (($x22509 (or $x4152 $x21088 $x23221 $x22888 $x24955 $x25077 $x25198 $x22578 $x22436 $x22527 $x22801 $x22622 $x22645 $x22623 $x23255 $x23344 $x23035 $x24964)))
 (and $x22509 $x22437)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
