(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_85 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_85 26))
(assert
 (= phase_89 30))
(assert
 (= phase_90 30))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (let ((?x5440 (+ phase_85 1)))
 (let (($x165525 (> ?x5440 (- 1))))
 (let ((?x198432 (ite $x165525 ?x5440 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 25)) (< 25 ?x198432)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x9579 (not (and (and true (> boundary 25)) (<= boundary 29)))))
 (let (($x96943 (or $x9579 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x218512 (and (and (= read_index 301) (not false)) (= boundary (- phase_885 1)))))
 (let (($x27410 (and $x218512 $x41424)))
 (let (($x218484 (and (and (= read_index 300) (not false)) (= boundary (- phase_884 1)))))
 (let (($x238452 (and $x218484 $x41424)))
 (let (($x100114 (and (and (= read_index 299) (not false)) (= boundary (- phase_883 1)))))
 (let (($x188734 (and $x100114 $x41424)))
 (let (($x144778 (and (and (= read_index 298) (not false)) (= boundary (- phase_882 1)))))
 (let (($x100140 (and $x144778 $x41424)))
 (let (($x106886 (and (and (= read_index 297) (not false)) (= boundary (- phase_881 1)))))
 (let (($x103111 (and $x106886 $x41424)))
 (let (($x50585 (and (and (= read_index 296) (not false)) (= boundary (- phase_880 1)))))
 (let (($x147143 (and $x50585 $x41424)))
 (let (($x174486 (and (and (= read_index 295) (not false)) (= boundary (- phase_879 1)))))
 (let (($x136022 (and $x174486 $x41424)))
 (let (($x209084 (and (and (= read_index 294) (not false)) (= boundary (- phase_878 1)))))
 (let (($x31397 (and $x209084 $x41424)))
 (let (($x21887 (and (and (= read_index 293) (not false)) (= boundary (- phase_877 1)))))
 (let (($x152489 (and $x21887 $x41424)))
 (let (($x100282 (and (and (= read_index 292) (not false)) (= boundary (- phase_876 1)))))
 (let (($x146070 (and $x100282 $x41424)))
 (let (($x220210 (and (and (= read_index 291) (not false)) (= boundary (- phase_875 1)))))
 (let (($x218514 (and $x220210 $x41424)))
 (let (($x209065 (and (and (= read_index 290) (not false)) (= boundary (- phase_874 1)))))
 (let (($x56672 (and $x209065 $x41424)))
 (let (($x32122 (and (and (= read_index 289) (not false)) (= boundary (- phase_873 1)))))
 (let (($x162670 (and $x32122 $x41424)))
 (let (($x213186 (and (and (= read_index 288) (not false)) (= boundary (- phase_872 1)))))
 (let (($x124702 (and $x213186 $x41424)))
 (let (($x220253 (and (and (= read_index 287) (not false)) (= boundary (- phase_871 1)))))
 (let (($x31395 (and $x220253 $x41424)))
 (let (($x43687 (and (and (= read_index 286) (not false)) (= boundary (- phase_870 1)))))
 (let (($x16812 (and $x43687 $x41424)))
 (let (($x63190 (and (and (= read_index 285) (not false)) (= boundary (- phase_869 1)))))
 (let (($x114882 (and $x63190 $x41424)))
 (let (($x184790 (and (and (= read_index 284) (not false)) (= boundary (- phase_868 1)))))
 (let (($x238632 (and $x184790 $x41424)))
 (let (($x97988 (and (and (= read_index 283) (not false)) (= boundary (- phase_867 1)))))
 (let (($x1558 (and $x97988 $x41424)))
 (let (($x228004 (and (and (= read_index 282) (not false)) (= boundary (- phase_866 1)))))
 (let (($x165713 (and $x228004 $x41424)))
 (let (($x91876 (and (and (= read_index 65) (not false)) (= boundary (- phase_126 1)))))
 (let (($x110300 (and $x91876 $x41424)))
 (let (($x146507 (and (and (= read_index 64) (not false)) (= boundary (- phase_125 1)))))
 (let (($x146737 (and $x146507 $x41424)))
 (let (($x114920 (and (and (= read_index 47) (not false)) (= boundary (- phase_90 1)))))
 (let (($x120708 (and $x114920 $x41424)))
 (let (($x52390 (and (and (= read_index 46) (not false)) (= boundary (- phase_89 1)))))
 (let (($x83561 (and $x52390 $x41424)))
 (let (($x161628 (or $x83561 $x120708 $x146737 $x110300 $x165713 $x1558 $x238632 $x114882 $x16812 $x31395 $x124702 $x162670 $x56672 $x218514 $x146070 $x152489 $x31397 $x136022 $x147143 $x103111 $x100140 $x188734 $x238452 $x27410)))
 (and $x161628 $x96943)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
