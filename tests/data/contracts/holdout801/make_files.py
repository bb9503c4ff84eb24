"""holdout801: builds ten blind held-out draft contracts and their .json labels, then asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py (PDF lines broken at word boundaries).
The labels are written from LABELS below; each draft's expected rules are derived from its labels with this file's own
reading of policy §3 and compared with the design list. Lengths, thresholds and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:盐碱地改良监测平台建设项目合同
P:合同编号：NYJ-CG-2026-0419
P:采购人（甲方）：某市农业农村局
P:供应商（乙方）：禾壤数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目（采购项目编号：NYCG2026-137）公开招标文件、乙方投标文件和中标通知书，双方就盐碱地改良监测平台的软件许可及定制开发事项协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“盐碱地改良监测平台”软件许可一套（永久使用，不限用户数和终端数），并完成以下定制开发：土壤盐分及地下水位监测模型、改良措施效果评估模块、全市盐碱地块“一张图”展示、移动端田间巡查应用。
P:1.2 乙方负责将全市已建的土壤墒情站、盐分监测点、灌排站点及高标准农田建设项目数据接入平台，完成部署、联调、试运行、人员培训及技术资料移交。
P:1.3 平台部署于甲方指定的政务云环境。未经甲方同意，乙方不得将平台或数据部署、备份于其他环境。
P:1.4 乙方应指派具有同类项目经验的项目经理一名，实施期间驻场不少于三名技术人员；更换项目经理须经甲方同意。
H:第二条 合同价款
P:2.1 合同总价为人民币1,988,000元（大写：壹佰玖拾捌万捌仟元整），含增值税，其中：平台软件许可费1,160,000元；定制开发费684,000元；数据对接及实施费118,000元；培训费26,000元。
P:2.2 合同总价为固定价格，已包含乙方完成本项目所需的全部费用，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计397,600元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计894,600元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计695,800元。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方按财政国库集中支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后十日内提交实施方案及进度计划，经甲方确认后执行。
P:4.2 乙方应于合同签订后九十日内完成平台部署及数据接入，一百二十日内具备初步验收条件。
P:4.3 乙方应每两周向甲方书面报告实施进度及存在问题。
P:4.4 因甲方原因（包括政务云资源未按期开通、历史数据未按期提供）导致进度延误的，工期相应顺延，乙方应在延误发生后三日内书面告知甲方。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）接入监测站点的数据完整率不低于98%，数据延迟不超过10分钟；（3）在200个并发用户下，常用页面响应时间不超过3秒；（4）通过第三方安全测评，无高危漏洞；（5）技术文档、源代码及操作手册齐全。
P:5.2 初步验收合格后进入九十日试运行期。试运行期内未发生一级故障且遗留问题全部关闭的，甲方组织专家进行最终验收，并出具最终验收报告。
P:5.3 平台上线使用、甲方支付部分款项或签收设备材料，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与运维
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、监测模型参数调校及远程技术支持。
P:6.2 质保期满后，如甲方继续委托乙方运维，年度运维费不超过平台软件许可费的8%，即每年不超过92,800元，且三年内不予上调。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.5%。计划内维护应提前三个工作日告知甲方，并安排在夜间进行，不计入不可用时间。
P:7.2 一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障于下一个版本中修复。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时向甲方支付800元；月可用率每低于约定值0.1个百分点，向甲方支付2,000元。上述款项甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件本身的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的模型、模块、移动端应用及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付全部源代码。甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第三级要求，采取访问控制、加密传输、日志审计等措施；运维操作须经甲方堡垒机进行，不得将数据复制至政务云以外。
P:9.2 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 数据归属与使用
P:10.1 平台采集、汇聚的土壤、水文、地块及农户数据归甲方所有。
P:10.2 甲方同意，乙方可在去除地块坐标及农户身份信息后，将汇总形成的盐分变化数据用于其改良模型的训练优化及乙方承接的其他项目，无需另行取得甲方同意。
H:第十一条 保密
P:11.1 乙方对履行本合同过程中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十二条 违约责任
P:12.1 乙方逾期完成部署或逾期具备验收条件的，每逾期一日按合同总价的万分之六向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:12.2 乙方交付的软件存在严重缺陷，经甲方通知后七日内仍未修复的，甲方有权委托第三方修复，费用由乙方承担。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 培训与资料移交
P:13.1 乙方应为甲方及各县（区）农业农村部门提供不少于三期集中培训，每期不少于两天，培训对象包括系统管理员、数据审核人员和田间巡查人员，并提供培训教材。
P:13.2 乙方应在最终验收前移交需求规格说明书、设计文档、数据字典、接口说明、部署手册、运维手册及全部源代码，移交资料以甲方签收清单为准。
H:第十四条 分包
P:14.1 乙方不得转包。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方。
H:第十五条 合同解除
P:15.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同附件包括：需求规格说明书、分项报价表、实施方案及乙方服务承诺书。
P:17.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　　乙方（盖章）：________
P:日期：________　　日期：________
"""

SRC["z02"] = """T:生产线控制系统改造合同
P:合同编号：CJ-GZ-2026-031
P:甲方（买方）：东莞市绿禾环保餐具有限公司
P:乙方（卖方）：粤控智能装备有限公司
P:甲方现有纸浆模塑餐具生产线六条，原控制系统老化、停机频繁。经询价比选，甲方确定由乙方承担六条生产线控制系统的改造，包括控制设备供货、控制程序改造、数据采集软件部署及调试。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方按下表供货并完成安装调试，合同总价为人民币1,434,400元（含13%增值税），其中软硬件小计1,274,400元。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及IO模块|6套|86,000|516,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏人机界面|6台|7,800|46,800
TB:4|工业以太网交换机|8台|4,200|33,600
TB:5|在线视觉检测单元|6套|31,000|186,000
TB:6|MES数据采集软件许可（永久）|1套|168,000|168,000
TB:7|产线监控组态软件许可（永久）|1套|96,000|96,000
TB:|软硬件小计|||1,274,400
TB:8|安装调试及控制程序改造|1项|142,000|142,000
TB:9|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,434,400
P:1.2 设备均为全新原厂正品，乙方提供原厂合格证及质量证明文件。
H:第二条 改造范围与工期
P:2.1 乙方负责拆除旧控制柜、敷设控制线缆、安装新设备，改写成型、热压、切边、计数包装各工段的控制程序，并将六条线的运行数据接入MES数据采集软件。
P:2.2 改造分三批进行，每批两条生产线，每批停线时间不超过七日，具体停线日期由甲方根据生产计划书面通知乙方。全部改造应于合同签订后一百一十日内完成。
P:2.3 乙方现场施工应遵守甲方的安全生产及食品接触材料车间卫生管理制度，进入车间的人员须穿戴洁净工作服，施工产生的废料由乙方当日清运。
P:2.4 乙方负责设备的包装、运输、保险及卸货，运至甲方厂区指定地点。设备到货时双方共同开箱清点，核对型号、数量及随机资料，并签署到货清点记录。到货清点仅确认数量和外观，不代表质量验收。
P:2.5 改造期间乙方应保留旧控制柜的拆除记录和原程序备份，在新系统稳定运行前不得损毁，以便必要时临时恢复生产。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的18%作为预付款，计258,192元。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的47%，计674,168元。到货签收及安装完毕不代表甲方对质量的验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，计502,040元。
P:3.4 乙方在每次付款前开具等额增值税专用发票。
H:第四条 验收
P:4.1 每批生产线改造完成后连续试生产七十二小时，应达到以下标准：（1）单线产能不低于改造前的110%；（2）因控制系统原因造成的停机每班不超过一次；（3）视觉检测漏检率低于0.5%；（4）设备运行数据在MES中实时显示，延迟不超过5秒。
P:4.2 六条生产线全部达标并连续稳定运行三十日后，甲方出具最终验收报告。
P:4.3 试生产期间甲方使用改造后的生产线进行正常生产，不视为验收合格。
P:4.4 任一批次未达到第4.1款标准的，乙方应在七日内整改并重新试生产；同一批次两次试生产仍不合格的，甲方有权要求乙方更换相关设备或解除合同。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:5.2 质保期内乙方每季度上门巡检一次，并提交巡检报告。
P:5.3 乙方应在甲方厂区存放常用备品备件，包括PLC模块、伺服驱动器、触摸屏及视觉相机各不少于一件，备件清单作为本合同附件。备件消耗后乙方应在十日内补齐。
P:5.4 质保期内同一设备因同一故障维修两次仍不能正常使用的，乙方应免费更换同型号新设备。
H:第六条 故障响应
P:6.1 一级故障（生产线停机）：乙方在1小时内响应，工程师8小时内到达现场，24小时内恢复生产。
P:6.2 二级故障（单个工段功能异常但可维持生产）：2小时内响应，48小时内处理完毕。
P:6.3 乙方未按时响应或到场的，每超时1小时向甲方支付500元；因乙方原因导致一级故障超过24小时未恢复的，每超过一日另行支付3,000元。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方继续提供年度维保服务，维保年费为软硬件小计的28%，即每年356,832元，含每季度巡检、软件升级、备品备件及故障上门维修。
P:7.2 上述维保年费在质保期满后三年内固定不变，按年度于每个维保年度开始前支付。
H:第八条 知识产权
P:8.1 MES数据采集软件及组态软件的著作权归原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC控制程序、组态画面及接口程序，其知识产权归甲方所有，乙方应交付源程序及注释文档，甲方有权自行修改。
H:第九条 数据安全与归属
P:9.1 生产运行数据、工艺参数及配方数据归甲方所有，乙方不得用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方批准，并通过甲方提供的专用通道进行，不得在控制网络中设置未经授权的远程访问；因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内报告甲方，并承担相应赔偿责任。
P:9.3 乙方在改造中应将生产控制网络与办公网络隔离，交换机及PLC默认口令应全部修改，并将账号清单移交甲方。
H:第十条 保密
P:10.1 双方对在履行本合同过程中获知的对方技术信息、工艺配方、客户资料等商业秘密负有保密义务，保密期限至该等信息公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成停线时间超出约定的，乙方按每条线每日2,000元赔偿甲方停产损失。
P:11.3 乙方供货的设备与合同约定的品牌、型号不符的，甲方有权拒收，乙方应在十日内更换，并按本条第11.1款承担逾期责任。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方如需将线缆敷设等辅助工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，或逾期完成改造超过三十日的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交东莞仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因地震、台风、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任，工期相应顺延。
H:第十六条 其他
P:16.1 本合同附件包括：设备技术规格书、改造实施方案、备品备件清单、培训计划。附件与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

SRC["z03"] = """门店预约及会员管理系统服务合同

合同编号：JLS-IT-2026-008
甲方：上海角力者体育发展有限公司（摔跤培训连锁）
乙方：杭州约练云科技有限公司

甲方在华东地区经营摔跤培训门店共40家，现使用多套互不连通的预约和收银工具。为统一课程预约、会员管理及门店核销，甲方向乙方采购“约练云”门店预约及会员管理系统的软件即服务（SaaS）订阅及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方40家门店提供“约练云”SaaS平台的使用权，包括课程排期、教练排班、会员预约、签到核销、课包及储值管理、门店经营报表等功能。
2. 乙方提供与甲方微信公众号对接的会员小程序模块，会员可在线购买课包、预约体验课、查看训练记录。
3. 平台账号数不限，新增门店按本合同单价另行签订补充协议。
4. 服务期内平台新增的通用功能，甲方可免费使用，乙方应提前七日通知甲方并提供功能说明。
（二）实施服务
1. 乙方负责系统配置、40家门店的课程体系与价格规则设置、历史会员及课包余额迁移、与甲方现有收款通道对接。
2. 乙方为每家门店店长及前台人员提供线上培训，并为甲方总部运营人员提供两次集中培训，培训结束后提供操作手册和视频教程，供甲方新入职人员自学使用。
3. 实施周期为合同签订后六十日，乙方应在此期限内完成全部门店上线。
（三）人员安排
1. 乙方指定一名实施项目经理，负责实施计划、进度沟通和问题协调，实施期间每周向甲方提交进度报告。
2. 服务期内乙方为甲方配备专属客户成功经理，每季度与甲方运营部门召开一次服务回顾会议。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起算，每十二个自然月为一个服务年度。
（二）上线验收合格前的试用不计入服务期，不收取订阅费。
（三）服务期内甲方新开门店的，新增门店的服务期与本合同服务期同时届满，订阅费按剩余月数折算。

三、费用及支付
（一）费用明细：
1. 平台订阅费：每家门店每个服务年度6,800元，40家门店合计每个服务年度272,000元；
2. 会员小程序模块费：每个服务年度38,000元；
3. 一次性实施费：96,000元。
（二）合同总价为716,000元（两个服务年度订阅费及模块费合计620,000元，另加实施费96,000元），含6%增值税。
（三）实施费在系统上线验收合格后十五个工作日内一次性支付。
（四）每个服务年度的订阅费及模块费合计310,000元，于该服务年度开始后十五个工作日内支付。
（五）乙方收款前应开具合法有效的增值税发票。
（六）会员通过小程序支付的课包款项直接进入甲方收款账户，乙方不经手、不归集任何会员款项，也不就会员支付收取额外手续费。

四、上线验收
（一）验收标准：
1. 40家门店全部完成配置并可正常排课、预约及核销；
2. 历史会员、课包余额及储值余额迁移后与甲方原系统核对一致，差错为零；
3. 在2,000名会员同时预约的压力测试下，预约提交响应时间不超过2秒；
4. 会员小程序通过微信审核并正式发布。
（二）甲方应在乙方提交验收申请后七个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在十日内整改后重新提交。
（三）部分门店先行使用系统的，不视为整体验收合格。

五、服务水平
（一）平台月可用率不低于99.95%，计划内维护应安排在每日零时至六时之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法预约、核销或收款）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、优化建议）：一个工作日内答复。
（三）乙方应于每月前五个工作日内向甲方提供上月服务报告，载明可用率、故障清单、处理时长及改进措施。
（四）服务抵扣：月可用率每低于约定值0.1个百分点，抵扣当月订阅费的2%；一级故障超过恢复时限的，每超时1小时另行抵扣500元。抵扣款项从下一期应付费用中扣除，服务期最后一期的抵扣由乙方以现金退还。

六、数据安全
（一）会员信息、预约及消费记录等业务数据归甲方所有，乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他任何目的，也不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问权限分级、操作日志留存等安全措施，并按《个人信息保护法》的要求处理会员个人信息。
（三）发生数据泄露、丢失或被非法访问的，乙方应在发现后2小时内通知甲方，配合甲方通知受影响会员，并承担因此给甲方造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部业务数据并交付甲方，随后删除其系统中的甲方数据并出具删除证明。
（五）乙方每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。

七、知识产权
（一）“约练云”平台及其后续版本的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、经营报表模板及会员小程序页面，其知识产权归甲方所有，甲方可自行或委托他人修改使用。
（三）乙方保证其提供的平台及服务不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部费用。

八、违约责任
（一）乙方未能在约定实施周期内完成全部门店上线的，每逾期一日向甲方支付违约金600元。
（二）乙方未按约定处理甲方数据，或因乙方原因导致数据泄露的，应赔偿甲方由此遭受的全部损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

九、续期
（一）服务期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期服务年度的订阅费及模块费由乙方根据其届时价格体系确定，乙方应在续期前十五日通知甲方新价格。

十、分包
乙方不得将本合同项下的实施服务转包；如需分包部分门店现场培训，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还未履行服务年度已收取的费用。
（二）一级故障在一个服务年度内累计发生三次以上的，甲方有权解除合同。
（三）合同解除后，乙方应继续提供不少于三十日的过渡服务，协助甲方迁移数据，过渡期服务费按原标准折算。

十二、不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在十日内提供相关证明，可根据影响部分或全部免除责任。第三方云服务商的一般性故障不属于不可抗力。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
（一）本合同附件包括：门店清单、功能清单、实施计划、服务水平说明。附件与本合同具有同等效力。
（二）双方指定的联系人及联系方式以附件为准，一方变更联系人的，应提前三日书面通知对方。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

SRC["z04"] = """水上巴士调度系统年度运维服务合同

项目编号：JTCG-2026-CS-022（竞争性磋商）
甲方：某市交通运输局
乙方：江城航信科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就水上巴士调度系统2027年度运维服务事项，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方水上巴士调度系统，包括调度指挥平台、船舶定位及视频回传子系统、码头电子站牌、客流统计子系统、售检票接口及相关服务器、网络和存储设备（设备清单见附件一）。
（二）服务内容包括：日常监控与巡检、故障处理、系统软件补丁及版本维护、数据库维护与备份、安全加固、节假日及汛期保障、运维报告编制。
（三）乙方派驻两名运维工程师在甲方调度中心驻场，工作时间为每日6:30至21:30（覆盖全部航班运营时段），其余时间安排远程值守和电话值班。
（四）乙方应在服务期开始后十五日内完成与上一运维单位的交接，核对设备、账号、文档及遗留问题，形成交接清单报甲方确认；交接期间因乙方原因影响系统运行的，由乙方负责。
（五）乙方应自备运维所需的监控软件、检测仪器和工具，在甲方网络中部署任何工具前须经甲方书面批准。

第二条 服务期限
服务期为2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方如需继续采购，应另行依法组织采购。

第三条 合同价款与支付
（一）本合同总价为人民币868,000元（含税），为固定总价，包括驻场人员费用、远程值守、备品备件、工具及差旅等全部费用。
（二）服务费按季度支付。每季度结束后，甲方依据第六条的季度考核结果，在十五个工作日内支付当季服务费217,000元，扣除当季服务水平扣款。
（三）本合同不设预付款。乙方应在每次付款前开具等额发票。
（四）服务期内甲方新增码头或船舶的，新增设备纳入运维范围，费用按磋商报价中的单价据实结算，另行签订补充协议。

第四条 服务水平
（一）调度指挥平台在航班运营时段内的月可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（调度指挥平台中断、全部船舶定位丢失或售检票接口中断）：乙方15分钟内响应，1小时内到达现场，2小时内恢复；
2. 二级故障（单个码头站牌、单船视频或部分功能异常）：30分钟内响应，8小时内恢复；
3. 三级故障（不影响运营的一般问题）：一个工作日内处理。
（三）节假日、重大活动及汛期，乙方应按甲方通知增派人员现场保障。
（四）巡检要求：乙方每日对调度平台、服务器及网络设备进行例行巡检；每月对全部码头站牌和船载终端巡检一次；每季度进行一次数据库健康检查和备份恢复测试；汛期前完成一次专项巡检并提交报告。
（五）乙方应建立故障工单记录，每一故障的发现时间、响应时间、处理过程及恢复时间均应完整记录，作为考核依据。

第五条 服务水平扣款
（一）月可用率每低于约定值0.01个百分点，扣减当季服务费1,000元。
（二）一级故障响应或恢复超时的，每超时30分钟扣减2,000元；二级故障超时的，每超时1小时扣减500元。
（三）上述扣款在当季服务费中直接扣除，扣款不影响甲方依第十条追究违约责任。

第六条 考核与验收
（一）季度考核：每季度结束后五个工作日内，乙方提交季度运维报告，甲方依据故障处理记录、巡检记录、可用率统计及满意度评价进行考核，考核得分不低于85分为合格。
（二）年度验收：服务期满后，甲方依据以下标准组织验收：1. 四个季度考核均合格；2. 全年未发生因乙方原因导致的一级故障超时；3. 运维文档、配置台账、备份记录完整并移交甲方；4. 系统安全检查无高危漏洞遗留。
（三）季度考核不合格的，乙方应在十日内提交整改方案；连续两个季度考核不合格的，视为乙方严重违约。
（四）年度验收合格的，甲方出具年度验收报告；验收不合格的，乙方应在十五日内完成整改并重新提请验收，整改期间不另行收取费用。

第七条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、监控规则及运维文档，其知识产权归甲方所有，乙方应随季度报告一并移交。乙方使用的自有运维工具软件，其知识产权仍归乙方，但乙方应保证甲方在服务期满后可以继续使用由该工具导出的全部数据和报告。

第八条 数据安全与归属
（一）调度数据、船舶轨迹、视频、客流及售检票数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于其他目的。
（二）乙方应遵守网络安全等级保护第三级管理要求，运维操作一律经甲方堡垒机进行，实行一人一账号，操作日志保存不少于六个月。乙方不得在运维终端上存储甲方数据，离场前应清除临时文件。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任，包括监管部门的处罚及第三方索赔。

第九条 保密
乙方及其驻场人员应对甲方的调度预案、系统架构、账号口令及其他未公开信息保密，不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。本条义务在合同终止后继续有效。

第十条 违约责任
（一）乙方未能按磋商文件约定的时间完成服务交接、年度安全加固或汛前专项巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成重大运营事故的，乙方应赔偿甲方的全部损失。
（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（四）乙方违约金及服务水平扣款不足以弥补甲方损失的，乙方应赔偿差额部分。

第十一条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 人员管理
（一）乙方驻场人员应具备相应的专业资格，名单及资质证明应在服务期开始前报甲方备案。
（二）乙方更换驻场人员应提前十日书面通知甲方并经甲方同意，且新人员的资格不低于原人员。甲方认为驻场人员不能胜任的，有权要求乙方在七日内更换。
（三）乙方人员应遵守甲方调度中心的值班、安全及保密管理制度，未经许可不得进入调度指挥大厅以外的区域，不得擅自接入个人电子设备。

第十三条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
（二）合同解除时，乙方应在十日内完成交接，交还全部账号、文档及数据。
（三）服务期满或合同解除时，乙方应配合甲方或新的运维单位完成不少于十五日的交接，交接期间乙方不得撤离驻场人员。

第十四条 不可抗力
因台风、洪水等不可抗力导致水上巴士停航或系统无法运行的，双方互不承担违约责任，但乙方应尽力配合甲方恢复系统运行。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）本合同附件：附件一 运维设备清单；附件二 服务考核细则。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：                    乙方（盖章）：
代表：                            代表：
日期：                            日期：
"""

SRC["z05"] = """# 织迹工序追溯软件销售及定制开发合同

**织迹标准合同文本 2026版（ZJ-HT-03）**

合同编号：ZJ2026-0715

甲方（需方）：隆昌市麻乡夏布工坊有限公司

乙方（供方）：成都织迹软件有限公司

甲方为夏布（苎麻布）手工织造企业，拟对从绩纱、织造、漂染到成品检验的全流程实施工序追溯管理。乙方为“织迹”工序追溯软件的开发商。双方经协商一致，按照乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方销售“织迹”工序追溯软件（标准版）永久使用许可一套，含二十个用户账号及三十台车间扫码终端的授权。

1.2 乙方根据甲方需求进行以下定制开发（具体以《需求确认书》为准）：绩纱批次登记及绩纱人计件、织机工位扫码报工、漂染工艺参数记录、成品匹号追溯码生成及客户查询页面。

1.3 乙方负责软件的安装部署、基础数据初始化及操作培训。

1.4 软件运行所需的服务器、网络、扫码终端及数据库等软硬件环境由甲方自行采购和准备，乙方可提供配置建议。

1.5 具体功能以双方确认的《需求确认书》为准，《需求确认书》未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序追溯软件永久许可（标准版） | 258,000 |
| 2 | 定制开发（绩纱、织造、漂染、追溯查询） | 192,000 |
| 3 | 安装部署、数据初始化及培训 | 36,000 |
| | 合计 | 486,000 |

2.1 合同总价为人民币486,000元（含税）。

2.2 甲方如需增加用户账号、扫码终端授权或新增功能，按乙方届时的报价另行签订订单。

2.3 合同价款不包括乙方人员现场服务的差旅费、住宿费，该等费用按实际发生由甲方另行承担。

2.4 扫码终端授权与终端设备绑定，甲方更换终端设备的，应通知乙方重新授权，每台收取授权迁移费三百元。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的55%，即267,300元。乙方收到该款项后开始需求调研和开发工作。

3.2 软件部署完成后五个工作日内，甲方支付合同总价的45%，即218,700元。

3.3 乙方收到每期款项后五个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知乙方开票信息。

3.4 甲方未按期付款的，乙方有权暂停开发、部署及技术服务，由此导致的工期顺延责任由甲方承担。

## 第四条 交付与验收

4.1 乙方应在收到首期款后七十五日内完成定制开发并在甲方服务器上部署完毕。甲方需求变更的，交付期相应顺延。

4.2 软件在甲方服务器部署完成、乙方通知甲方后，即视为甲方验收合格，甲方应在乙方提供的交付确认单上签字。

4.3 甲方在部署后对软件提出的修改意见，乙方在维护期内视情况予以处理。属于《需求确认书》范围以外的修改，乙方按人天单价另行报价。

4.4 乙方培训以远程视频方式进行，共两次，每次半天。甲方应安排生产、质检及仓管人员参加，甲方人员未参加培训的，乙方不再另行补训。

## 第五条 维护服务

5.1 乙方自软件部署完成之日起提供六个月的免费维护服务，内容包括缺陷修复及远程操作指导。

5.2 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方另行签订年度维护协议，年度维护费按乙方届时公布的服务价格标准执行。

5.3 免费维护期内，乙方不负责因甲方服务器、网络、数据库或操作不当引起的问题，处理该等问题的，乙方按其人工费标准另行收费。

5.4 维护期内，甲方报告的一级故障（软件无法登录或报工数据无法保存），乙方在工作日8小时内响应；其他问题在三个工作日内响应。乙方以远程方式处理为主，需要现场服务的，差旅费由甲方承担。

5.5 乙方发布新版本的，甲方可在维护期内免费升级一次；维护期满后的升级按年度维护协议或乙方报价执行。

## 第六条 知识产权

6.1 “织迹”软件及本合同项下全部定制开发成果（包括源代码、数据库设计、页面及文档）的知识产权均归乙方所有。

6.2 甲方仅在本合同约定的范围内享有定制开发成果的非独占使用权，不得修改、反编译或提供给任何第三方使用。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第七条 数据安全

7.1 甲方在软件中录入、产生的生产、工艺、计件及客户数据归甲方所有，乙方不得用于履行本合同以外的目的。

7.2 乙方进行远程维护时，应通过甲方开通的临时账号登录，维护结束后由甲方关闭账号。乙方不得下载、复制甲方数据；确需取回数据排查问题的，须经甲方书面同意并在问题解决后删除。

7.3 乙方工作人员应遵守甲方的车间管理制度，不得拍摄甲方织造工艺过程及染料配比记录。

7.4 因乙方原因造成甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，协助恢复数据，并依法承担相应责任。

## 第八条 保密

8.1 双方对在合作过程中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的织造工艺、漂染配方及客户名单属于甲方商业秘密。

8.2 本条保密义务自本合同签订之日起至相关信息公开之日止。

8.3 乙方可在其宣传资料及客户名录中列明甲方名称及项目名称，但不得披露甲方的工艺、配方及经营数据。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

9.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

9.3 因甲方需求变更、配合不及时或提供的资料不完整导致交付延迟的，不视为乙方逾期。

9.4 乙方在本合同项下承担的全部责任（包括违约金和损害赔偿）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失及数据损失。

## 第十条 合同解除

10.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。

10.3 合同解除后，甲方已支付的款项按乙方已完成的工作量结算；已交付的软件许可不予退还，已完成的定制开发成果按第六条处理。

## 第十一条 不可抗力

11.1 因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。甲方停电、断网、设备故障不属于乙方责任。

## 第十二条 通知

12.1 双方的通知以书面形式送达本合同首页所列地址或经双方确认的电子邮箱，电子邮件发出即视为送达。

12.2 一方变更名称、地址、电话或电子邮箱的，应在变更后三日内书面通知对方，未通知的，按原地址送达即视为有效送达。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括：《需求确认书》《培训计划》《交付确认单》。

14.3 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：________    乙方（盖章）：________

签订日期：________
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VT-CN-2026-044
P:This Agreement is made between Ningxia Helan Estate Winery Co., Ltd., a company registered in Yinchuan, People's Republic of China (the "Buyer"), and Vinotec Sistemas SpA, a company registered in Talca, Maule Region, Chile (the "Vendor").
P:The Buyer operates vineyards and a winery at the eastern foot of the Helan Mountains. The Vendor develops VinoTrack, a vineyard and cellar management software. The Buyer wishes to acquire a perpetual licence of VinoTrack together with implementation, integration and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the VinoTrack Enterprise modules listed in Article 2, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, reports, interfaces, data conversion scripts and other work product made by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or processed with the Software at the Buyer, including vineyard block records, harvest and lab data, cellar operations and inventory.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Buyer's own business at its sites in the PRC, for up to 80 named users. The modules are: Vineyard Blocks and Phenology, Harvest Planning, Cellar Operations, Barrel and Tank Inventory, Laboratory Analysis and Traceability.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Yinchuan, convert the Buyer's historical records of the last three vintages, and build interfaces with the Buyer's ERP system and its weighbridge system.
P:2.3 The Vendor shall deliver training for key users and administrators at the Buyer's site, in Chinese, with Chinese-language manuals.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter, and shall not replace the project manager without the Buyer's agreement. The Buyer shall appoint a project lead, provide server capacity and network access in time and make its winemaking and vineyard staff available for workshops.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,808,000, inclusive of all taxes payable in the PRC, made up of: Software licence fee CNY 1,240,000; implementation and data conversion CNY 386,000; ERP and weighbridge interfaces CNY 148,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and interpretation costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 361,600) is payable within 30 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price (CNY 813,600) is payable within 30 days after the Buyer signs the user acceptance test report under Article 5.2.
P:4.3 35% of the Contract Price (CNY 632,800) is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY to the bank account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, data conversion and interfaces within 120 days after signature, according to the project plan agreed in the first two weeks.
P:5.2 User acceptance tests shall show that: (a) every function listed in the agreed requirements specification works as specified; (b) converted records reconcile with the Buyer's source records, with no missing lots; (c) weighbridge tickets reach the harvest module within one minute; (d) a full traceability report from bottle lot back to vineyard block is produced within ten seconds; and (e) ERP postings of cellar movements match without manual correction.
P:5.3 After successful user acceptance tests, the Software shall run in production through one complete harvest and crush season of at least 60 days without any Severity 1 fault. The Buyer shall then issue the Final Acceptance certificate within ten working days, or state in writing the defects to be corrected.
P:5.4 Use of the Software in production before Final Acceptance does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the requirements specification for 18 months from Final Acceptance. During this period the Vendor shall correct defects, supply all updates and new versions free of charge and provide support by telephone, e-mail and remote session.
P:6.2 Severity 1 faults (the Software is unavailable, or harvest or cellar records cannot be saved) shall be responded to within one hour at any time, day or night, and with particular priority during the harvest season from 15 August to 31 October, with a workaround within eight hours. Severity 2 faults shall be responded to within eight working hours.
P:6.3 For each full hour by which the Vendor misses a response time in Article 6.2, the Buyer may deduct CNY 1,000 from any amount due to the Vendor, or claim it as a service credit.
P:6.4 After the warranty period the Buyer may buy annual support at 11% of the Software licence fee, that is CNY 136,400 per year, including updates, new versions and the service levels of Article 6.2. This fee is fixed for the first three support years. Annual support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only as needed to perform this Agreement and for no other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law when handling Buyer Data.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours after becoming aware of it, cooperate in containment and recovery, and bear the losses caused by incidents attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including blending formulas, pricing and customer lists of the Buyer and the source code of the Software, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the work in Article 5.1 on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Chile.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration and Mediation Centre of the Santiago Chamber of Commerce (CAM Santiago) under its rules, by a sole arbitrator. The seat of arbitration is Santiago, Chile, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal force. Notices shall be in writing and sent to the addresses above.
P:15.2 Neither party may assign this Agreement without the prior written consent of the other party. Changes to this Agreement must be in writing and signed by both parties.
P:15.3 This Agreement takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________    Date: ____________
"""

SRC["e02"] = """# HatoCloud Order Form and General Terms

**Order Form No. HC-2026-CN-017**

Provider: HatoCloud Ganadería Digital SpA, Avenida Alemania, Temuco, Araucanía Region, Chile ("Provider")

Customer: Inner Mongolia Caoyuan Ruye Dairy Co., Ltd., Hohhot, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

HatoCloud Herd, a web and mobile service for dairy herd management, covering animal registry, milk recording, breeding and calving calendars, health and treatment records, feed rations and farm dashboards, for 12 of Customer's dairy farms listed in Annex 1 (about 31,000 animals in total). The subscription includes the HatoCloud Insights analytics module for Customer's head office.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Go-Live Date set under A5; each Subscription Year is a period of twelve consecutive calendar months.

### A3. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| HatoCloud Herd subscription | 12 farms x CNY 23,500 per farm per Subscription Year | 282,000 | 282,000 | 564,000 |
| HatoCloud Insights analytics module | per Subscription Year | 46,000 | 46,000 | 92,000 |
| Onboarding (configuration, data migration, interfaces, training) | one-time | 64,000 | - | 64,000 |
| Total Fees | | 392,000 | 328,000 | 720,000 |

All fees are in CNY and include VAT. Additional farms may be added during the term at CNY 23,500 per farm per Subscription Year, pro rata for the remaining part of the Subscription Year.

### A4. Invoicing and Payment

(a) The subscription and analytics fees for each Subscription Year (CNY 328,000) are invoiced at the start of that Subscription Year and payable within 30 days of the invoice.

(b) The onboarding fee (CNY 64,000) is invoiced after Go-Live Acceptance under A5 and payable within 30 days of the invoice.

(c) No other amount is payable before the service starts.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall configure the service for the 12 farms, migrate the herd records held in Customer's current herd software and spreadsheets, connect the milking parlour systems at each farm and train farm managers and veterinarians. Provider's target for completing onboarding is 75 days after signature of this Order Form.

(b) Go-Live Acceptance tests: (i) every animal in Customer's register of 31 March 2027 is present with its identification, birth date, lactation number and last calving date, with no unmatched records; (ii) milk yields from each parlour are received in the service on the day of milking for ten consecutive days; (iii) breeding and health records migrated for a sample of 300 animals chosen by Customer match the source records; (iv) each farm manager can complete the standard daily tasks on the mobile app.

(c) Customer shall run the tests within ten working days after Provider's notice of readiness and sign a Go-Live Acceptance certificate if the tests are passed, or list the failures, which Provider shall correct before the tests are repeated. The Go-Live Date is the date of the certificate.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews for further periods of one Subscription Year at the same fees as in A3, unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the service available to Customer's authorised users over the internet and through the HatoCloud mobile app, in Chinese and English.

1.2 Provider will use commercially reasonable efforts to keep the service available and to perform maintenance outside Customer's milking hours where practical. Provider does not guarantee that the service will be uninterrupted or error-free.

1.3 Support is provided through Provider's help desk by e-mail and online chat on Provider's business days. Provider will respond to support requests as soon as reasonably practicable.

1.4 Provider shall give Customer at least 30 days' notice of any change that affects the way users work, and shall provide updated Chinese user guides.

1.5 Provider may improve or change the features of the service, provided that the functions listed in A1 are not materially reduced during the Subscription Term.

### 2. Customer Responsibilities

2.1 Customer is responsible for its users' accounts and passwords and for the accuracy of the data it enters.

2.2 Customer shall provide network access at each farm and cooperate in connecting the milking parlour systems.

2.3 Customer shall use the service in accordance with the documentation and applicable law and shall not resell it to third parties. Customer's veterinarians, nutritionists and other advisers may be given user accounts for work done for Customer.

### 3. Customer Data

3.1 All data entered into or generated in the service by or for Customer, including herd, milk, breeding, health and feed data ("Customer Data"), belongs to Customer.

3.2 Provider processes Customer Data only to provide the service to Customer under this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.

3.3 At any time during the term, and for 60 days after its end, Customer may export all Customer Data in CSV format. After that period Provider shall delete Customer Data and confirm deletion in writing.

### 4. Data Security

4.1 The service for Customer is hosted in a cloud region located in mainland China. Customer Data is stored and processed only in that region.

4.2 Provider maintains an information security programme certified to ISO/IEC 27001, including encryption of Customer Data in transit and at rest, role-based access, logging of administrator access and daily backups kept for 30 days.

4.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take prompt steps to contain it and provide Customer with the information needed for Customer's own reporting duties. Provider is liable for losses caused by security incidents resulting from its failure to comply with this Section 4.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed under this Agreement, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These obligations continue for three years after the Agreement ends.

### 6. Intellectual Property

6.1 Provider owns the service, the HatoCloud software and all improvements to them.

6.2 Reports, dashboards, ration templates and data mappings configured specifically for Customer during onboarding or the term belong to Customer, which may use, copy and modify them freely and let third parties use them.

### 7. Fees and Taxes

7.1 Invoices are issued by Provider and paid by Customer in CNY to the bank account stated on the invoice.

7.2 Fees are fixed for the Subscription Term.

7.3 Each party bears its own bank charges. If an invoice is disputed in good faith, Customer shall pay the undisputed part and the parties shall settle the disputed part within 30 days.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to twice the Total Fees in A3.

8.2 The limit in 8.1 does not apply to breach of Sections 3, 4 or 5, to infringement of the other party's intellectual property or to wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss, except under 8.2.

### 9. Subcontracting

9.1 Provider shall not subcontract the onboarding services or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

### 10. Term and Termination

10.1 This Agreement runs for the Subscription Term and any renewal under A6.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

10.3 If Customer terminates under 10.2, Provider shall refund the prepaid fees for the remainder of the current Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 This Agreement is the entire agreement on its subject matter. Changes must be in writing and signed by both parties.

12.3 Notices shall be given in writing to the addresses on this Order Form, or by e-mail to the contacts named by each party during onboarding.

12.4 This Agreement is made in English and Chinese. Both versions have equal force.

Signed for Provider: ____________________   Signed for Customer: ____________________

Date: ____________   Date: ____________
"""

SRC["e03"] = """T:Supply Contract for Conveyor Condition Monitoring Sensors and Software
P:Contract No. JXCU-EQ-2026-118
P:Buyer: Jiangxi Tongling Mining Co., Ltd., Dexing, Jiangxi Province, People's Republic of China (the "Buyer")
P:Supplier: Andes Sensórica Industrial Ltda., Rancagua, O'Higgins Region, Chile (the "Supplier")
P:The Buyer runs overland and in-plant belt conveyors at its open-pit copper mine and concentrator. It has decided to equip the conveyor drives and idlers with wireless condition monitoring. This Contract is made on the Buyer's standard terms for equipment with software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's CondiBelt monitoring software licensed under clause 2.2, including the analytics engine, web console and mobile alerts.
P:1.3 "Buyer Data" means all measurements, alarms, asset records and reports generated by the Equipment and the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means acceptance under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software licence in the table below, install and commission them on conveyors CV-01 to CV-24, and train the Buyer's maintenance staff.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|320|2,150|688,000
TB:2|Wireless bearing temperature sensor|140|1,380|193,200
TB:3|Industrial LoRa gateway with solar kit|24|8,600|206,400
TB:4|CondiBelt monitoring software, perpetual site licence|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,499,600
TB:5|Installation, commissioning and integration with the Buyer's CMMS|1 lot|168,000|168,000
TB:6|Training (two sessions at site)|1 lot|22,400|22,400
TB:|Contract Price|||1,690,000
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's own servers at the mine, for an unlimited number of users and for all assets of the mine and the concentrator.
P:2.3 The Contract Price is fixed and includes delivery DAP Dexing, import clearance costs, PRC taxes, installation materials and the Supplier's travel costs.
P:2.4 The Supplier shall deliver with the Equipment the operating and maintenance manuals, calibration certificates, explosion-protection certificates and the mounting drawings for each conveyor type, in Chinese and English. Training shall cover sensor mounting and replacement, battery handling, alarm review and the use of the analytics reports, for up to 30 participants in total.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 169,000) as an advance payment within 20 days after signature, against an advance payment bank guarantee for the same amount.
P:3.2 55% of the Contract Price (CNY 929,500) within 30 days after delivery and installation of all Equipment, confirmed by an installation certificate. The installation certificate is not an acceptance of quality.
P:3.3 35% of the Contract Price (CNY 591,500) within 30 days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's PRC agent.
H:4. Delivery
P:4.1 The Equipment shall be delivered to the mine within 90 days after signature and installed within 40 days after delivery, during maintenance shutdowns notified by the Buyer.
P:4.2 The Supplier shall submit an installation plan for each conveyor, which the Buyer's safety department must approve before work starts.
P:4.3 The Equipment shall be packed for sea and road transport and for storage at the mine site. Each package shall carry the contract number, the item numbers and a packing list in Chinese and English. The parties shall open and count the packages together on delivery and sign a delivery record, which confirms quantities only.
P:4.4 The Supplier's staff working at the mine shall hold the safety training certificates required by the Buyer, wear the personal protective equipment issued by the Buyer and follow the isolation and lock-out procedure for every conveyor.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. Acceptance tests shall show that: (a) in every hour of the run, no more than three installed sensors fail to report data; (b) the alarm for a simulated bearing fault reaches the control room console and the duty engineer's phone within 60 seconds; (c) the battery life forecast of each sensor is at least three years; (d) work orders are created automatically in the Buyer's CMMS for confirmed alarms.
P:5.2 The parties shall sign a test record. Defects shall be corrected by the Supplier within 14 days and the failed tests repeated.
P:5.3 When all tests are passed, the Buyer issues a Final Acceptance certificate. Delivery, installation or use of the system before this certificate does not amount to acceptance.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before the forecast life, and supply Software updates and new versions free of charge.
P:6.2 Replacement sensors and gateways shall be shipped from the Supplier's stock in Shanghai within three working days.
P:6.3 If the same defect occurs three times in one item of Equipment during the warranty period, the Supplier shall replace the item with a new one. The warranty of repaired or replaced items runs for the remainder of the warranty period or six months, whichever is longer.
H:7. Service Levels
P:7.1 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or loss of data from a whole conveyor|30 minutes|8 hours
TB:Severity 2|Loss of data from single sensors or one gateway|2 hours|3 working days
TB:Severity 3|Questions and minor defects|1 working day|next release
P:7.2 For each hour by which the Supplier misses a response or restoration time for a Severity 1 fault, the Buyer may deduct CNY 1,200 from any amount due, or the Supplier shall pay it as a service credit.
H:8. Post-Warranty Support
P:8.1 After the warranty period the Supplier shall offer annual support at 8.5% of the Hardware and Licence Subtotal per year (CNY 127,466), covering the service levels in clause 7, Software updates and hardware repair. This price is fixed for three support years after the warranty.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 Asset models, alarm rules, dashboards and the CMMS interface made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:10.2 The Software is installed on the Buyer's servers. Remote access by the Supplier is allowed only for support, through the Buyer's VPN, with individual accounts and the Buyer's prior approval for each session. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:10.3 The Supplier shall report any security incident involving Buyer Data within 12 hours and is liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's mine plans and production figures, and shall not disclose it to third parties without prior written consent. This clause survives termination for three years.
H:12. Liquidated Damages and Liability
P:12.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. Subcontractors working at the mine must comply with the Buyer's safety rules.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 12.1 reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:16. General
P:16.1 This Contract is signed in English and Chinese, both versions being equally authentic. It takes effect on signature.
P:16.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party within seven days and takes reasonable steps to limit the effects.
P:16.3 Annexes: technical specification, installation plan, acceptance test procedure and spare parts list. The Annexes form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Cold-Chain Monitoring Services Agreement

Agreement No. DL-FRIO-2026-09

This Agreement is made between:

**Dalian Haixian Cold Chain Trading Co., Ltd.**, Dalian, Liaoning Province, People's Republic of China ("Customer"); and

**FrioSur Servicios Gestionados SpA**, Osorno, Los Lagos Region, Chile ("Provider").

Customer imports and distributes chilled and frozen seafood and operates cold stores and reefer container yards in Dalian. Provider operates a managed temperature and humidity monitoring service for cold-chain businesses. Customer wishes to buy that service for its sites for 36 months.

## Section 1 Definitions

1.1 "Services" means the managed monitoring services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date of the certificate issued under Section 4.3.

1.5 "Customer Data" means all temperature, humidity, door, power and location readings, alarms, reports and records produced for Customer by the Services.

1.6 "Term" means 36 months from the Service Commencement Date.

## Section 2 Services

2.1 Provider shall provide the Services at the sites in Schedule 1 throughout the Term, using its own monitoring platform, sensors, gateways and 24x7 monitoring centre.

2.2 Provider supplies, installs and maintains all monitoring devices at the sites. The devices remain Provider's property and are removed by Provider at the end of the Term at its own cost.

2.3 Provider's monitoring centre shall watch all alarms around the clock, call Customer's duty staff according to the escalation list agreed during transition, and record every alarm and action in the platform.

2.4 Provider shall deliver a monthly service report showing excursions, alarm handling times, device status and Service Level performance, and shall attend a monthly review meeting by video conference.

2.5 Provider shall keep spare sensors and gateways in Dalian so that a failed device can be replaced within the restoration times in Schedule 2. Provider shall check the calibration of every sensor as set out in Schedule 2 and replace any sensor that fails the check.

2.6 Customer may add or remove monitored points at the sites in Schedule 1 by written request. Added points are charged at CNY 95 per point per month from the month after installation; removed points reduce the Monthly Service Charge by the same amount, up to 10 points per site.

## Section 3 Transition

3.1 Provider shall install devices at all sites, configure the platform, connect Customer's warehouse management system and train Customer's staff within 60 days after signature (the "Transition Period").

3.2 Provider shall produce a transition plan within ten days after signature, for Customer's approval.

3.3 Customer shall give Provider's installers access to the sites during working hours, provide power outlets near each gateway position and name a contact person at each site. Installation in chambers in use shall be arranged so that the stored goods are not exposed to temperature excursions.

## Section 4 Service Commencement

4.1 Service commencement tests shall show that: (a) every storage chamber, blast freezer, loading dock and reefer plug position in Schedule 1 is covered and reporting; (b) readings of each sensor agree with a calibrated reference thermometer within 0.5 degrees Celsius; (c) a test alarm from each site reaches Customer's duty phone within three minutes; (d) temperature records are visible against the correct stock lots in Customer's warehouse management system.

4.2 Customer shall perform the tests jointly with Provider within seven working days after Provider's notice of readiness.

4.3 When the tests are passed, Customer signs a service commencement certificate. Failed tests are repeated after correction by Provider.

## Section 5 Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2.

5.2 If a Service Level is missed, Provider shall grant the service credits in Schedule 2, deducted from the next quarterly invoice. Service credits are not the only remedy of Customer for losses caused by Provider's failures.

## Section 6 Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is fixed for the Term.

6.2 Provider invoices the Monthly Service Charge quarterly in arrears. The transition charge is invoiced after the service commencement certificate is signed. Invoices are payable within 30 days.

6.3 No advance payment is due under this Agreement.

## Section 7 Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not sell it, disclose it or use it for any other purpose.

7.2 At the end of the Term Provider shall deliver all Customer Data to Customer in CSV format.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including Customer's stock levels, supplier and customer lists and prices, and shall use it only to perform this Agreement.

8.2 This obligation continues for three years after the end of the Term.

## Section 9 Intellectual Property

9.1 Provider keeps all rights in its platform, software and devices.

9.2 Reports, dashboards, alarm rules and interfaces configured specifically for Customer belong to Customer, which may use and modify them freely and let others do so.

## Section 10 Delay and Liability

10.1 If the Service Commencement Date has not occurred by the end of the Transition Period for reasons attributable to Provider, Provider shall pay Customer CNY 1,400 for each day of delay.

10.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury, wilful misconduct and breach of Section 8.

10.3 Provider is liable for spoiled goods where an excursion was not alarmed or escalated as required by Schedule 2, up to the limit in 10.2.

## Section 11 Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Device installation by Provider's local partner in Dalian named in Schedule 1 is approved by signature of this Agreement.

## Section 12 Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Provider may suspend the Services or terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

12.3 Either party may terminate if a force majeure event prevents performance for more than 90 consecutive days.

12.4 Apart from 12.3, Customer may not terminate this Agreement before the end of the Term. Customer's remedies for Provider's failures are the service credits, the delay payments and damages under Section 10.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## Section 14 General

14.1 Notices shall be in writing and sent by courier or e-mail to the addresses stated above.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the prior written consent of the other party.

14.4 This Agreement is made in English and Chinese, both versions having equal force.

## Schedule 1 Services and Sites

| Site | Location | Monitored points | Service hours |
|---|---|---|---|
| Cold Store A | Ganjingzi District, Dalian | 18 chambers, 2 blast freezers, 6 loading docks | 24x7 |
| Cold Store B | Jinzhou District, Dalian | 12 chambers, 4 loading docks | 24x7 |
| Reefer Yard | Dalian Port, Dayaowan | 220 reefer plug positions | 24x7 |
| Distribution hub | Lüshunkou District, Dalian | 6 chambers, 3 loading docks, 14 delivery trucks | 24x7 |

Approved installation partner: Dalian Binhai Refrigeration Engineering Co., Ltd.

## Schedule 2 Service Levels

| Item | Service Level | Service credit |
|---|---|---|
| Platform availability | 99.95% per calendar month | 3% of the Monthly Service Charge per 0.1 point below |
| Priority 1 (excursion alarm not delivered, or site offline) | response within 15 minutes, restoration within 2 hours | CNY 1,000 per hour late |
| Priority 2 (single sensor or gateway fault) | response within 1 hour, restoration within 1 working day | CNY 300 per day late |
| Monthly service report | by the 5th working day of the next month | CNY 500 per day late |
| Sensor calibration check | every 6 months for every sensor | CNY 200 per sensor not checked |

## Schedule 3 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after the service commencement certificate | 78,000 |
| Monthly Service Charge | CNY 46,500 per month x 36 months | 1,674,000 |
| Total Contract Value | | 1,752,000 |

All Charges include VAT at the applicable rate.
"""

SRC["e05"] = """PORT AND VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. TQD-API-2026-031

PARTIES

Customer: Tianjin Haitong International Shipping Agency Co., Ltd., Binhai New Area, Tianjin, People's Republic of China ("Customer").

Provider: Pacífico Norte Datos Marítimos SpA, Zona Franca, Iquique, Tarapacá Region, Chile ("Provider").

BACKGROUND

Customer acts as ship agent for vessels calling at Chinese and South American ports. Provider collects and sells port-call, berth, vessel position and cargo-handling data for ports on the west coast of South America and elsewhere, through an application programming interface (API). Customer wishes to subscribe to that API for two Subscription Years.

1. DEFINITIONS

1.1 "API" means Provider's PortCall Data API, version 3, with the endpoints and datasets described in Annex A.

1.2 "Data" means the data made available to Customer through the API and the historical data load.

1.3 "Customer Data" means watchlists, queries, vessel nominations, account details and any other data supplied by Customer or its users to Provider.

1.4 "Subscription Year" means each period of twelve consecutive months starting on the Start Date or its anniversary. The "Start Date" is the date of the Integration Acceptance certificate under clause 4.3.

1.5 "Custom Feeds" means the data mappings, filters and feed formats built by Provider specifically for Customer's agency system.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive right to access the API and to use the Data in Customer's agency business, including in notices and reports to Customer's principals, with up to 2,000,000 API calls per Subscription Year.

2.2 Provider shall deliver a historical data load of port calls for the three calendar years before the Start Date for the ports in Annex A.

2.3 Provider shall build Custom Feeds that push berth schedule changes and vessel arrival estimates into Customer's agency system every five minutes.

2.4 Customer may create up to 25 user accounts on Provider's web portal for its staff in China and its branch offices. Customer shall keep its API keys secret, shall not resell the Data as a data product and may store the Data in its own systems for its agency business, including after the end of this Agreement.

3. FEES AND PAYMENT

3.1 Fees:
(a) subscription fee for Subscription Year 1: CNY 486,000;
(b) subscription fee for Subscription Year 2: CNY 486,000;
(c) integration support, historical data load and Custom Feeds, one-time: CNY 42,000.
The total contract price is CNY 1,014,000, including VAT. API calls above the annual allowance are charged at CNY 0.08 per call and are not part of the total contract price.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days.

3.3 The one-time fee is invoiced after Integration Acceptance and payable within 30 days.

3.4 The fees are fixed for both Subscription Years.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 45 days after signature Provider shall issue API credentials, complete the historical data load and put the Custom Feeds into operation in Customer's test environment.

4.2 Integration acceptance tests: (a) every endpoint in Annex A returns data in the agreed format for a sample of 50 vessels chosen by Customer; (b) port calls in the historical data load for the ports and months selected by Customer match Provider's published port statistics; (c) berth changes appear in Customer's agency system within ten minutes of publication by the port during a test week; (d) median API response time is below 800 milliseconds.

4.3 When the tests are passed Customer signs an Integration Acceptance certificate. Failed tests are repeated after correction.

4.4 If Provider does not complete the work in clause 4.1 on time for reasons attributable to it, Provider shall pay CNY 900 for each day of delay until the work is completed.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced at least three days in advance and performed in the window agreed with Customer.

5.2 Priority 1 incidents (the API or a Custom Feed is unavailable, or data for a whole port stops updating) shall be responded to within one hour at any time and restored within six hours. Priority 2 incidents shall be responded to within eight business hours.

5.3 If availability in a month falls below the level in 5.1, Provider shall credit 5% of one month's share of the subscription fee for each 0.1 point of shortfall. For each hour by which a Priority 1 response or restoration time is missed, Provider shall credit CNY 800. Credits are deducted from the next invoice or refunded at the end of the term.

6. DATA QUALITY

6.1 Provider shall use the sources described in Annex A, correct reported errors in the Data within two business days and keep a change log available to Customer.

6.2 Provider shall give Customer at least 60 days' notice before removing a port from Annex A or changing an endpoint in a way that is not backward compatible, and shall keep the previous endpoint version running for at least 90 days after the notice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the API and the Custom Feeds to Customer and shall not use it for any other purpose, including product development or the preparation of statistics for other customers.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logs kept for one year. Customer Data is stored in a data centre in mainland China operated for Provider.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it and compensate Customer for losses caused by an incident resulting from Provider's breach of this clause.

7.4 Within 30 days after the end of this Agreement Provider shall return Customer Data and delete all copies.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's principals, vessel nominations and commercial terms, and shall disclose it only to staff and advisers who need it for this Agreement.

8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider and its data suppliers keep all rights in the API and the Data. Customer's rights to use the Data are those in clause 2.1, and they continue after the end of this Agreement for Data received during the term.

9.2 The Custom Feeds belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code and documentation with the Integration Acceptance certificate.

10. SUBCONTRACTING AND DATA SUPPLIERS

10.1 Provider may engage subcontractors for hosting, integration work and support, and may change its third-party data suppliers, by notifying Customer in writing at least 15 days in advance. Provider remains responsible for the performance of its subcontractors.

11. LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit or indirect loss.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically. A renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.3 If Customer terminates under 12.2, Provider shall refund the fees paid for the rest of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent, except that Provider's rights to payment may be assigned to its bank.

14.2 Changes to this Agreement must be in writing and signed by both parties.

14.3 Notices shall be given in writing to the addresses above or by e-mail to the contacts named in the onboarding plan.

14.4 This Agreement is made in English and Chinese, both versions having equal force.

ANNEX A - API ENDPOINTS AND DATASETS

Port calls, berth schedules, vessel positions, estimated and actual times of arrival and departure, cargo-handling rates and port congestion indicators for the ports of Iquique, Antofagasta, Valparaíso, San Antonio, Callao and Guayaquil, and for 40 other ports listed in the Provider's coverage sheet attached.

SIGNATURES

For Customer: ____________________    For Provider: ____________________
Date: ____________    Date: ____________
"""

TARGETS = {
    "z01": ("h801z01_salinity_monitoring_platform.pdf", "pdf"),
    "z02": ("h801z02_tableware_line_control_retrofit.docx", "docx"),
    "z03": ("h801z03_wrestling_chain_booking_saas.txt", "txt"),
    "z04": ("h801z04_water_bus_dispatch_om_service.txt", "txt"),
    "z05": ("h801z05_grass_linen_tracking_supplier_template.md", "md"),
    "e01": ("h801e01_winery_software_licence_chile_law.pdf", "pdf"),
    "e02": ("h801e02_dairy_herd_saas_order_form.md", "md"),
    "e03": ("h801e03_conveyor_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h801e04_cold_chain_managed_services.md", "md"),
    "e05": ("h801e05_port_vessel_data_api_subscription.txt", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
#        avail  p1    remedy ip        dsec   owns   conf   ld                   cap        prepay final  warr  pwf   auto   term   sub    law
TERMS = {
    "z01": (99.5, 0.5, True, "buyer", True, False, True, 0.06, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 18, True, True, 18, 28, False, True, False, "PRC", G),
    "z03": (99.95, 0.25, True, "buyer", True, True, False, 600 / 716000 * 100, None, None, True, None, None, None,
            True, True, False, "PRC", S),
    "z04": (99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S),
    "z05": (None, 8, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, None, False, True, None, None,
            G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Chile",
            G),
    "e02": (None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False,
            "PRC", S),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8.5, False, True, False, "PRC",
            G),
    "e04": (99.95, 0.25, True, "buyer", False, True, True, 1400 / 1752000 * 100, 150, None, True, None, None, None,
            False, False, False, "PRC", S),
    "e05": (99.95, 1, True, "buyer", True, True, True, 900 / 1014000 * 100, 6 / 24 * 100, None, True, None, None, None,
            False, True, True, "PRC", S),
}
# category, sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": ("software", True, True, True, False, 1988000),
    "z02": ("hardware", True, True, True, False, 1434400),
    "z03": ("cloud", True, True, None, False, 716000),
    "z04": ("services", True, True, None, False, 868000),
    "z05": ("software", True, True, False, True, 486000),
    "e01": ("software", True, True, True, False, 1808000),
    "e02": ("cloud", False, False, None, False, 720000),
    "e03": ("hardware", True, True, True, False, 1690000),
    "e04": ("services", True, True, None, False, 1752000),
    "e05": ("cloud", True, True, None, False, 1014000),
}
# TCO inputs for goods drafts: fee base (itemised licence / hardware subtotal); the forum is outside mainland China
TCO_BASE = {"z01": 1160000, "z02": 1274400, "z05": 258000, "e01": 1240000, "e03": 1499600}
FOREIGN_FORUM = {"e01"}
DESIGN = {
    "z01": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(k, t, e):
    if t["contract_kind"] != G or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * TCO_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (e["contract_value"] + fees) * 100


def derive(k, t, e):
    """Policy §3 as I read it, applied to the labels."""
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(k, t, e)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free, lower-cased)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05" + PCT, r"万分之五(?![十\d])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])4\s*(?:-|\s)?\s*(?:business\s*|working\s*)?(?:hours?|hrs?)\b", r"(?<![\d.])4\s*个?\s*小时",
    r"(?<![\d十])四个?小时", r"\bfour[\s-]*(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百", r"hundred" + PCT,
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.])15" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.])12[\s-]*months?", r"(?<![\d.])12\s*个\s*月", r"十二个月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![\d.])5[\s-]*years?", r"\bfive[\s-]*years?", r"(?<![\d.])5\s*年", r"(?<![十\d第])五年",
    r"(?<![\d.])60[\s-]*months?", r"(?<![\d.])60\s*个\s*月", r"六十个月",
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 % per day", "万分之五", "4 hours", "4-hour", "4小时", "四小时",
            "four hours", "100%", "100 per cent", "百分之百", "30%", "30 ％", "百分之三十", "15%", "fifteen percent",
            "百分之十五", "40%", "百分之四十", "12 months", "12-month", "十二个月", "12个月", "twelve months",
            "5 years", "five years", "五年", "60 months", "六十个月"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "万分之六", "24 hours", "24小时", "二十四小时", "14 hours", "1100%",
             "150%", "200%", "130%", "115%", "140%", "0.15%", "2.30%", "18 months", "十八个月", "24个月", "2025年",
             "15 days", "30 days", "三十日", "百分之三十五", "six months", "第五年"]


def th_hits(text):
    low = text.lower()
    out = []
    for variant in (low, re.sub(r"\s+", " ", low), re.sub(r"\s+", "", low)):
        for p in TH_PATTERNS:
            for m in re.finditer(p, variant):
                out.append((p, variant[max(0, m.start() - 20):m.end() + 20]))
    return out


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(k, text):
    return len(re.sub(r"\s", "", text)) if k.startswith("z") else len(text.split())


def label(k):
    t = dict(zip(TERM_KEYS, TERMS[k]))
    cat, sla, lds, capped, deemed, value = EXTRA[k]
    e = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        e["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return t, e, cat


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    # self-test of the threshold scan
    for s_ in MUST_HIT:
        assert th_hits(s_), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not th_hits(s_), ("must miss", s_, th_hits(s_))
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in TARGETS if TARGETS[k][1] in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    fired = set()
    ok = True
    for k, (name, kind) in TARGETS.items():
        t, e, cat = label(k)
        rules = derive(k, t, e)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        fired.update(rules)
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        sh = tco_share(k, t, e)
        if sh is not None:
            assert abs(sh - TCO_SHARE_TH) > 2, (k, sh)
        lab = {"file": name, "language": "zh" if k.startswith("z") else "en", "category": cat,
               "expected_terms": t, "expected_extra": e, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(k, text)
        lo, hi = (2750, 3000) if k.startswith("z") else (1450, 1650)
        hits = th_hits(text)
        print("%s %-52s %5d %s rules=%s risk=%s tco=%s" % (k, name, n, "OK " if lo <= n <= hi else "OUT",
              ",".join(x[3:] for x in rules) or "-", risk(rules), "-" if sh is None else "%.1f" % sh))
        for h in hits:
            print("   THRESHOLD HIT", h)
        ok = ok and lo <= n <= hi and not hits
    missing = [x for x in ALL_RULES if x not in fired]
    print("rules not fired:", missing or "none")
    assert not missing
    assert ok, "length or threshold check failed"
    mix = [k for k in TARGETS if not DESIGN[k]]
    assert len(mix) == 2 and any(k.startswith("z") for k in mix) and any(k.startswith("e") for k in mix)
    print("all checks passed")


if __name__ == "__main__":
    main()
