"""holdout516: builds ten blind, ordinary draft contracts (five Chinese, five English) and their labels.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. It writes the .txt/.md files from the sources
below, builds the .docx and .pdf with ../word_pdf.py (wrap_words=True), writes the .json labels, derives each draft's
expected rules from its labels by my own reading of policy.md §3, checks them against the design list, asserts that
all 20 CR rules are covered, and scans every built file (read back) and every source for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

H516Z01 = """
T:农产品质量安全追溯平台建设项目合同
P:合同编号：LXNY-ZC-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临溪市农业农村局　　地址：临溪市府前路88号
P:乙方（供应商）：江苏禾信数据科技有限公司　　地址：南京市江宁区秣周东路9号
P:鉴于甲方就“临溪市农产品质量安全追溯平台建设项目”依法组织公开招标，乙方为中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农产品质量安全追溯平台标准版软件许可（永久使用，不限用户数），并完成以下定制开发：县、乡两级监管模块，生产经营主体电子档案，食用农产品承诺达标合格证开具与核验对接，快检室检测数据接入，以及面向公众的扫码查询页面。
P:1.2 乙方负责历史主体数据迁移、与省级追溯平台的接口对接、部署实施及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,360,000元（大写：壹佰叁拾陆万元整），含税，为固定总价。明细如下：
TB:序号|项目|金额（元）
TB:1|追溯平台标准版软件许可|680,000
TB:2|定制开发（监管模块、主体档案、合格证对接、快检数据接入、公众查询）|520,000
TB:3|数据迁移及省级平台接口|96,000
TB:4|部署实施及培训|64,000
TB:合计||1,360,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%，即272,000元，作为预付款。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即612,000元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即476,000元。
P:3.4 乙方每次收款前应开具等额合法发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署并申请初步验收；初步验收后试运行60日，试运行结束后申请最终验收。
P:4.2 乙方应组建不少于6人的项目组，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换。乙方应对甲方及各乡镇监管员、主体用户开展培训，培训不少于8场，提供培训教材和操作视频。
P:4.3 乙方应提交需求规格说明书、设计文档、源代码（定制部分）、部署手册、用户手册及测试报告。
P:4.4 平台部署在甲方提供的政务云资源上，乙方应按政务云管理要求完成资源申请、安全加固和上线备案，所需云资源费用由甲方另行承担。乙方应配合甲方完成与市级政务数据共享交换平台的对接，并按甲方要求向省级平台报送追溯数据。
P:4.5 乙方应建立项目周报和月度例会制度，重大问题及时书面报告甲方，甲方有权对项目进度和质量进行检查。
P:4.6 甲方负责协调各乡镇农业综合服务中心、检测机构及生产经营主体配合数据采集和系统试点，并及时确认需求规格说明书。
H:第五条 验收
P:5.1 初步验收标准：（1）第一条所列功能全部实现，且与需求规格说明书一致；（2）历史数据迁移完整率达到合同附件约定，抽查差错为零；（3）与省级追溯平台接口连续7日数据交换成功；（4）合格证开具在200并发下响应不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障，二级故障已全部闭环；通过第三方网络安全等级保护测评（二级）；甲方组织专家评审通过并签署最终验收报告。
P:5.3 系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或合格证无法开具）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减运维考核款1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元。扣减款项从后续应付款或履约保证金中抵扣。
P:6.4 质保期满后，如甲方需要继续运维，年度运维费不超过软件许可费的8%（即不超过54,400元/服务年度），且在质保期满后的三个服务年度内不上调。运维合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准版软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的软件、源代码、接口程序及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
H:第八条 数据安全
P:8.1 平台中的主体信息、检测数据、合格证数据及日志均属于甲方，乙方仅为履行本合同目的处理，不得用于其他任何目的。
P:8.2 乙方应落实等级保护要求，采取访问控制、加密存储、日志审计措施；运维操作须经甲方堡垒机进行，不得私自复制、留存数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应负责修复或更换，并赔偿甲方由此遭受的损失。
P:10.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（保函形式亦可），最终验收合格后10个工作日内无息退还。
H:第十一条 分包与转让
P:乙方不得将本项目转包，也不得分包。未经甲方书面同意，乙方不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项中与未交付部分对应的金额并赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪市农业农村局　　　　乙方（盖章）：江苏禾信数据科技有限公司
P:代表签字：__________　　　　代表签字：__________　　　　日期：2025年6月　日
"""

H516Z02 = """
T:纸机DCS控制系统改造及维保合同
P:合同编号：QJZY-SB-2025-0342
P:甲方（买方）：衢江纸业股份有限公司　　地址：浙江省衢州市衢江区造纸工业园纬三路6号
P:乙方（卖方）：杭州中控联创自动化工程有限公司　　地址：杭州市滨江区江虹路1750号
P:鉴于甲方拟对3号纸机（文化纸，设计车速1,200米/分钟）原有DCS控制系统进行改造，乙方具备相应的设计、供货、组态及调试能力，双方经友好协商，就改造及维保事宜订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方负责3号纸机流送、网部、压榨、干燥、施胶及卷取工段DCS控制系统的改造，包括控制站硬件、操作员站和工程师站、DCS系统软件许可、控制网络设备的供货，以及组态编程、安装调试和培训。
P:（二）改造应在甲方安排的停机检修窗口内完成切换，切换停机时间不超过72小时。
H:二、合同价格
P:（一）本合同总价为人民币2,020,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站（冗余控制器、I/O卡件、机柜）|6套|1,180,000
TB:2|操作员站及工程师站|8台|186,000
TB:3|DCS系统软件许可（含组态软件、历史站软件）|1套|248,000
TB:4|控制网络设备（冗余交换机、光纤模块）|1批|74,000
TB:软硬件小计|||1,688,000
TB:5|组态与控制程序编程|1项|212,000
TB:6|安装调试（含停机窗口切换）|1项|96,000
TB:7|操作及维护培训|1项|24,000
TB:合计|||2,020,000
P:（二）上述价格包含运输、保险、安装、调试、技术服务及税费，甲方不再另行支付其他费用。
P:（三）乙方所供设备应为原厂全新产品，具备出厂合格证及检验报告，型号、配置与投标文件及技术协议一致。乙方不得以其他型号替代，确需替代的，应事先取得甲方书面同意，且性能不得低于原型号。
P:（四）乙方应在切换前完成工厂验收测试（FAT），甲方可派员参加，FAT记录作为现场调试的依据。
P:（五）乙方应在切换前提交详细的切换方案和回退预案，经甲方生产部门审核同意后实施；切换期间乙方技术负责人及主要工程师须全程在现场，切换完成后应连续跟班运行不少于7天。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即202,000元。
P:（二）设备到货并经双方开箱清点签收后，甲方支付合同总价的35%，即707,000元。到货签收仅确认数量和外观，不视为质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即1,010,000元。
P:（四）剩余5%即101,000元作为质量保证金，质保期满且无未决质量问题后支付。
H:四、交货与实施
P:（一）乙方应在合同签订后60日内将设备运至甲方3号纸机现场，并在甲方通知的停机窗口内完成切换。
P:（二）乙方应提交组态程序、控制逻辑图、I/O清单、网络拓扑图、操作手册及维护手册。
P:（三）乙方可将现场仪表接线、电缆桥架敷设等安装工作分包给具备相应资质的单位，但应提前3个工作日书面告知甲方，乙方对分包部分的质量和安全负责。
P:（四）乙方进入甲方厂区的人员应遵守甲方安全生产、动火作业及受限空间作业管理规定，服从甲方现场管理，佩戴劳动防护用品。因乙方人员违章作业造成的人身伤害和财产损失由乙方负责。
P:（五）培训：乙方应为甲方仪表及工艺人员提供不少于5天的现场操作培训和3天的维护培训，培训对象不少于20人，培训结束后进行考核。
H:五、验收
P:（一）验收标准：1．全部I/O点逐点校验正确；2．控制回路投用率达到98%以上；3．冗余控制器、电源及网络切换试验无扰动；4．纸机连续稳定运行72小时，因DCS原因造成的断纸次数为零；5．画面刷新时间不超过1秒。
P:（二）系统满足上述标准后，双方签署最终验收报告。投入运行或甲方付款均不视为验收合格。验收不合格的，乙方应在10日内整改并重新组织验收。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供备件更换、软件缺陷修复和技术支持。
P:（二）故障响应：一级故障（控制站失效或冗余切换失败导致纸机停机）乙方应在30分钟内电话响应，3小时内到达现场；二级故障2小时内响应，24小时内到达现场。
P:（三）乙方未按时响应或到场的，每迟延1小时，向甲方支付800元。
P:（四）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的7%计取，即118,160元/服务年度，质保期满后三个服务年度内不上调。维保合同由双方另行签订。
P:（五）乙方应随货提供首批备品备件（控制器、I/O卡件、电源模块各2件），并保证在本合同签订后8个服务年度内持续供应同型号或兼容备件。
H:七、知识产权
P:（一）DCS系统软件及硬件内嵌软件的知识产权归原厂或乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目编制的组态程序、控制逻辑、监控画面及技术文档归甲方所有，甲方可自行修改或委托第三方修改。
H:八、数据与网络安全
P:（一）生产工艺参数、配方及运行数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方应遵守甲方工控安全管理制度：远程维护须经甲方书面审批并通过甲方指定的安全通道进行，禁止使用未经查杀的移动存储介质。
P:（三）因乙方原因导致数据泄露、病毒传播或控制系统被入侵的，乙方应在1小时内报告甲方，并承担由此造成的全部损失。
H:九、保密
P:双方对在合作中获知的对方技术资料、工艺配方及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成纸机非计划停机的，乙方应赔偿甲方的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
H:十一、合同的变更与解除
P:（一）本合同的变更须经双方书面确认。
P:（二）除因不可抗力致使合同目的不能实现外，本合同经双方协商一致方可解除。
H:十二、不可抗力
P:因地震、洪水、疫情等不可抗力不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：衢江纸业股份有限公司　　　　乙方（盖章）：杭州中控联创自动化工程有限公司
P:授权代表：__________　　　　授权代表：__________　　　　日期：2025年4月　日
"""

H516Z03 = """驾校学员管理云服务（SaaS）及实施服务合同

合同编号：ZXJX-IT-2025-009

甲方（客户）：山东正兴机动车驾驶员培训有限公司
地址：济南市历城区工业北路215号
乙方（服务商）：青岛驾云信息技术有限公司
地址：青岛市崂山区科苑纬一路1号

鉴于甲方在济南、淄博、泰安共设有12个训练场，拟统一采用学员管理云服务，乙方为该云服务的提供商。双方经平等协商，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“驾云学员管理平台”云服务，功能包括：学员报名与合同签署、科目二及科目三预约排班、教练员管理、车辆管理、计时培训数据对接、收费与退费管理、学员端小程序。
1.2 乙方负责实施服务，包括12个训练场的系统配置、历史学员数据迁移、与计时培训终端及省级监管平台的接口对接、管理员及教练员培训。
1.3 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
1.4 服务期内乙方免费提供平台版本升级，新增的通用功能甲方可直接使用；涉及监管政策调整（如计时培训标准变化）的功能改造，乙方应在政策实施前完成，不另行收费。
1.5 乙方应指派具备驾培行业实施经验的项目经理一名，实施期间每周向甲方提交进度报告。
1.6 甲方负责提供训练场网络环境、计时终端及历史数据，并指定一名项目联系人配合实施。

2. 服务费用
2.1 本合同总价为人民币880,000元，明细如下：
（1）云服务订阅费：12个训练场×18,500元＋学员端小程序模块38,000元＝260,000元/服务年度，三个服务年度合计780,000元；
（2）实施费（一次性）：配置、数据迁移及接口对接86,000元，培训14,000元，合计100,000元。
2.2 上述费用含税，服务期内订阅费不作调整。
2.3 服务期内甲方新增训练场的，按每个训练场18,500元/服务年度计费，不足一个服务年度的按月折算，由双方签署补充订单确认；新增训练场的实施费按实际工作量另行报价，经甲方确认后执行。

3. 付款方式
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费自上线验收合格之日起按季度支付，每季度首月10日前支付当季费用65,000元。
3.3 上线验收前甲方无需支付任何费用。
3.4 乙方应在每次收款前开具增值税专用发票。甲方逾期付款的，乙方可书面催告，但不得因此中断服务，除非逾期超过60日。

4. 实施与上线验收
4.1 乙方应在2025年8月20日前完成全部12个训练场的实施，并申请上线验收。
4.2 上线验收标准：（1）第1.1条所列功能全部可用；（2）历史学员数据迁移后逐条核对无差错；（3）与计时终端、省级监管平台的数据交换连续5日无失败；（4）预约高峰时段500人同时在线，页面响应不超过2秒。
4.3 达到上述标准后，双方签署上线验收单。系统试用或甲方开始使用不视为验收合格。
4.4 乙方应向甲方提交实施方案、数据迁移报告、接口测试报告、用户操作手册及培训签到记录，作为上线验收资料。
4.5 乙方逾期完成上线验收的，每逾期一日，按合同总价的万分之六支付违约金。

5. 服务水平
5.1 平台月可用率不低于99.5%，计划内维护须提前48小时通知且安排在22:00至次日6:00之间，不计入不可用时间。
5.2 一级故障（全部训练场无法登录或无法预约）乙方应在30分钟内响应，3小时内恢复；二级故障（单个训练场或单个功能不可用）1小时内响应，8小时内恢复。
5.3 乙方提供7×24小时客服热线和在线工单，每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。
5.4 月可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务费抵扣，单月抵扣以当月订阅费为限；故障响应超时的，每次抵扣500元。

6. 数据权属与数据安全
6.1 甲方及学员在平台中产生的报名信息、培训记录、收费记录等数据归甲方所有。
6.2 乙方有权对学员培训数据进行去标识化处理后，用于乙方产品优化及驾培行业分析报告，该项使用在本合同终止后仍可继续。
6.3 乙方应将数据存储于中国境内通过等级保护三级测评的云平台，采取加密传输、加密存储、权限分级和操作日志审计措施。
6.4 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任及行政处罚后果。
6.5 乙方收集学员个人信息，应以甲方名义取得学员同意，并遵守《个人信息保护法》的规定，不得超范围收集。
6.6 合同终止后30日内，乙方应向甲方交付全部数据的完整导出文件（Excel及数据库格式），交付确认后删除平台中的甲方数据并出具删除证明。

7. 保密
双方对在合作中获知的对方商业秘密及学员个人信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后三个服务年度内持续有效。

8. 知识产权
8.1 云平台的知识产权归乙方所有。
8.2 甲方上传至平台的课程资料、训练场图片、宣传文案等内容，其权利归甲方或原权利人所有。
8.3 乙方为甲方定制的报表、接口程序及配置文件归甲方所有，甲方可自由使用、修改或交由第三方维护。

9. 续约
9.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。
9.2 每次续展时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应提前45日书面通知甲方。

10. 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。经甲方同意分包的，乙方仍对分包部分向甲方承担全部责任。

11. 合同解除
11.1 一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除合同。
11.2 平台连续两个月可用率低于约定值的，甲方有权解除合同，并要求乙方退还已付但未使用期间的订阅费。
11.3 合同解除或终止的，双方按实际服务期间结算订阅费，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期间不少于30日，期间平台保持可用且不另收费。

12. 不可抗力
因地震、洪水、疫情防控措施等不可抗力，或云平台所在地区大范围网络中断导致服务中断的，乙方应及时通知甲方并尽快恢复，该期间不计入不可用时间，但乙方应提供相关证明。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交济南仲裁委员会仲裁。

14. 其他
本合同附件包括：功能清单、训练场清单、接口说明。附件与正文不一致的，以正文为准。双方往来通知以书面或电子邮件方式送达本合同所列地址。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：山东正兴机动车驾驶员培训有限公司
授权代表：__________
乙方（盖章）：青岛驾云信息技术有限公司
授权代表：__________
签订日期：2025年7月　日
"""

H516Z04 = """东海海事局船舶监管系统运行维护服务合同

项目编号：DHMSA-CS-2025-06（竞争性磋商）

甲方（采购人）：中华人民共和国东海海事局
地址：浙江省舟山市定海区海洋路18号
乙方（成交供应商）：浙江海联信息技术有限公司
地址：杭州市西湖区文三路477号

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就东海海事局船舶监管系统2025—2026服务期运行维护服务事宜，订立本合同。

（1）服务范围
1）运维对象：船舶动态监管平台（含AIS岸基数据处理、VTS数据融合、电子巡航、船舶报告管理、执法取证子系统）及其所依托的服务器、存储、网络设备和数据库。
2）服务内容：驻场运维、日常巡检、故障处理、系统优化、数据接口维护、重大活动及恶劣天气期间应急保障、备品备件供应，以及配合甲方开展的系统安全检查和等保测评。
3）服务期：自2025年7月1日起至2026年6月30日止。
4）甲方为驻场人员提供办公场所、网络接入及必要的机房出入权限，并指定信息中心一名联系人负责日常对接。运维对象的设备清单、软件版本及数量详见附件一。

（2）服务费用
1）本合同总价为人民币785,000元（含税），构成如下：
驻场运维（3人）：468,000元
系统巡检与优化：126,000元
AIS/VTS数据接口维护：88,000元
重大活动及应急保障：42,000元
备品备件：61,000元
2）本合同为固定总价，服务期内不因人工、物价变化调整。
3）服务期内甲方新增运维对象的，双方按响应文件中的单价另行签订补充协议。

（3）付款方式
1）服务费按季度支付，每季度服务期满并经甲方季度考核后15个工作日内，甲方支付当季服务费196,250元，考核扣款从当季服务费中扣除。
2）乙方应在每次付款前提供等额发票。本合同不设预付款。
3）甲方按国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约，但甲方应及时告知乙方。

（4）人员要求
1）乙方派驻3名运维工程师常驻甲方指挥中心，其中1名为项目负责人，须具备8年以上海事或交通行业信息系统运维经验。
2）驻场人员名单须报甲方备案，未经甲方同意不得更换；确需更换的，接替人员资历不得低于原人员，并应有不少于10个工作日的交接期。
3）驻场人员应遵守甲方的值班、出入及机房管理制度。
4）乙方应为驻场人员缴纳社会保险及意外伤害保险，驻场人员的工资、差旅及食宿费用已包含在合同价款中。
5）乙方应设立二线技术支持团队，对驻场人员无法解决的问题在2小时内提供远程或现场支持（远程支持须遵守第（8）项规定）。

（5）服务水平
1）船舶动态监管平台月可用率不低于99.95%，计划维护须提前3个工作日报甲方批准，安排在夜间船舶流量低谷时段。
2）一级故障（平台整体中断、AIS数据中断或VTS融合失效）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，8小时内恢复；三级故障2小时内响应，48小时内解决。
3）台风、重大活动等应急保障期间，乙方应安排双人24小时值守，值守人员名单及联系方式提前报甲方指挥中心。
4）乙方每月5日前提交运维月报，每季度提交系统健康评估报告。
5）乙方应每半年组织一次系统故障应急演练，演练方案报甲方审定，演练结束后提交总结报告。
6）乙方应在甲方指定备件库保持关键设备备件（服务器电源、硬盘、交换机模块等）的最低库存，备件清单及数量见附件，使用后应在5个工作日内补齐。

（6）考核与扣款
1）甲方按季度对乙方服务进行考核，考核细则见附件。
2）一级故障响应或恢复超时的，每次扣款2,000元；二级故障超时的，每次扣款800元；月可用率低于约定值的，每低0.01个百分点扣款1,000元。
3）季度考核得分低于80分的，甲方可要求乙方限期整改并更换项目负责人。
4）乙方对考核结果有异议的，可在收到考核结果后5个工作日内书面提出，甲方应在5个工作日内复核并答复。

（7）验收
1）季度验收：乙方提交季度运维报告、巡检记录及故障处理记录，甲方对照第（5）项服务水平逐项核验，核验通过后签署季度验收单。
2）年度验收：服务期满后，甲方组织对全年服务进行验收，标准为：全年无因乙方原因导致的重大安全事件；运维文档、配置基线及备件台账完整移交；四个季度考核平均分不低于85分。
3）年度验收不通过的，乙方应在20日内完成整改并重新申请验收；整改期间乙方继续履行驻场义务，不另收费。

（8）数据安全
1）系统中的船舶动态数据、船员及企业信息、执法取证材料、日志等全部数据归甲方所有，乙方仅为提供本合同服务接触数据，不得用于其他任何目的。
2）乙方运维操作须通过甲方堡垒机进行并全程审计；禁止将数据拷贝至任何外部介质或网络；禁止通过互联网远程运维。
3）乙方应执行网络安全等级保护三级的管理要求，配合甲方完成年度等保测评及整改。
4）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方，并采取处置措施；因乙方原因导致的，乙方承担全部赔偿责任及相应法律责任。
5）服务期满或合同解除时，乙方应归还甲方提供的账号、介质及资料，注销全部运维账号，并书面确认未留存任何甲方数据。

（9）知识产权
1）乙方在运维过程中为甲方编制的脚本、配置文档、应急预案和报告归甲方所有，甲方可自由使用和修改。
2）乙方自带的运维工具软件须经甲方安全检测后方可在甲方网络中使用，服务期满后应卸载并提交卸载记录。

（10）转包与分包
乙方不得将本合同服务转包或分包。

（11）合同解除
1）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大安全事件的，甲方有权书面通知解除合同。
2）乙方严重违反本合同其他约定，经甲方书面通知后10日内未改正的，甲方有权解除合同。
3）合同解除的，甲方按已完成并经考核的服务结算费用。

（12）服务期满
本合同服务期满即终止，不自动续期。后续服务由甲方依法另行组织采购，乙方应在新供应商进场后配合完成不少于15日的交接。交接内容包括系统账号、配置基线、运维文档、未结故障清单及备件台账，交接完成后双方签署交接确认单。

（13）不可抗力
因台风、地震等不可抗力导致服务中断的，乙方应立即启动应急预案并通知甲方，不可抗力影响期间的不可用时间不计入考核，但乙方应提供相应证明。

（14）争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。争议处理期间，乙方不得中止或降低运维服务，双方应继续履行合同中不涉及争议的部分。

（15）其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及考核细则为本合同附件。

甲方（盖章）：中华人民共和国东海海事局
代表签字：__________
乙方（盖章）：浙江海联信息技术有限公司
代表签字：__________
日期：2025年6月　日
"""

H516Z05 = """# 仓易通WMS软件许可及定制开发合同

> 成都仓易通软件有限公司 标准合同文本 V3.0（2025版）

**合同编号：** CYT-HT-2025-0815

**甲方（客户）：** 重庆渝味源食品有限公司　地址：重庆市璧山区璧泉街道食品工业园12号

**乙方（服务方）：** 成都仓易通软件有限公司　地址：成都市高新区天府大道中段1268号

甲方主营火锅底料、调味料的生产与销售，现有原料库、包材库、成品库及冷库共4座，拟上线仓储管理系统。乙方为仓易通WMS软件的开发商。经协商，双方就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供仓易通WMS标准版软件许可（永久许可，单一法人使用），以及RF手持终端模块、冷库温控模块。
2. 乙方根据甲方需求进行定制开发，内容为：牛油等原料批次及保质期管理、按生产工单自动配料出库、与甲方金蝶ERP的出入库接口、成品发货与物流单号对接。
3. 乙方负责系统安装部署、基础数据初始化及用户培训。基础数据初始化以甲方提供的Excel模板数据为准，数据准确性由甲方负责，乙方仅负责导入。
4. 许可范围：甲方在璧山工厂及其所属仓库内使用，PC端并发用户不超过40个，RF手持终端不超过60台。超出范围使用的，甲方应按乙方价格另行购买许可。

## 第二条 合同价款

本合同总价为人民币1,200,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件许可 | 680,000 |
| 2 | RF手持终端模块许可 | 180,000 |
| 3 | 冷库温控模块许可 | 160,000 |
| | 软件许可费小计 | 1,020,000 |
| 4 | 定制开发（批次保质期、工单配料、ERP接口、发货对接） | 120,000 |
| 5 | 安装部署、数据初始化及培训 | 60,000 |
| | 合计 | 1,200,000 |

手持终端、标签打印机、服务器及数据库软件等不在本合同范围内，由甲方自行采购，乙方可提供配置建议。上述价格不含第五条所述年度维护费。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方支付合同总价的65%，即780,000元。乙方收到该笔款项后启动项目。
2. 系统上线运行后10个工作日内，甲方支付合同总价的35%，即420,000元。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施或技术支持。
4. 乙方在每笔款项到期前开具增值税专用发票。

## 第四条 实施与上线

1. 乙方在收到首笔款项后75日内完成安装部署及定制开发，并通知甲方上线。
2. 甲方应按乙方要求提供物料主数据、库位信息及网络环境，因甲方原因导致上线延迟的，实施期限顺延。甲方应指定一名项目负责人及各仓库的关键用户，全程参与需求确认、数据准备和上线切换。
3. 乙方提供两次集中培训（仓库操作员、系统管理员各一次），并提供电子版操作手册。培训后甲方人员的操作问题不属于系统缺陷。
4. 系统上线运行即视为甲方验收合格。甲方在上线后提出的需求变更，乙方另行报价。

## 第五条 免费维护期与年度维护

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。
2. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费小计的22%计收，即224,400元/服务年度，该费率在合同签订后的三个服务年度内保持不变。
3. 年度维护服务内容包括：软件缺陷修复、标准版本升级、远程技术支持，以及每服务年度一次的系统健康检查。定制功能在升级后的适配另行收费。
4. 未购买年度维护服务的，乙方不再提供任何升级和技术支持；中断后重新购买的，甲方应补缴中断期间的维护费。

## 第六条 技术支持

1. 乙方通过400热线、远程桌面及工单系统提供技术支持，服务时间为工作日9:00—18:00。
2. 一级故障（系统无法出入库作业）乙方在8小时内响应；二级故障在2个工作日内响应；一般咨询在3个工作日内答复。
3. 需要现场服务的，乙方在双方确认的日期派员到场，差旅费用由甲方承担。
4. 因甲方操作不当、擅自修改配置或第三方软硬件原因导致的故障，不属于乙方技术支持范围，乙方可按实际工作量收费。

## 第七条 知识产权

1. 仓易通WMS软件及其模块的知识产权归乙方所有。
2. 乙方为本项目定制开发的程序、接口、源代码及文档，知识产权均归乙方所有。甲方在本合同项下享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

## 第八条 数据安全

1. 甲方在系统中录入和产生的库存、批次、客户及订单数据归甲方所有，乙方仅为提供技术支持而访问。
2. 乙方远程维护须经甲方同意，乙方应采取账号权限控制、传输加密、操作留痕等措施，不得复制或向第三方提供甲方数据。
3. 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿由此造成的损失。
4. 合同终止后，乙方应甲方要求协助导出系统中的甲方数据，导出格式为Excel或数据库备份文件。

## 第九条 保密

双方对在合作中获知的对方商业秘密、配方信息、价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开之日止。乙方参与本项目的人员应遵守甲方厂区的食品安全及卫生管理规定，进入生产区域须经甲方许可。

## 第十条 违约责任

1. 因乙方原因未能按第四条约定期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
2. 乙方在本合同项下的累计赔偿责任，不超过合同总价的20%。
3. 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除的，甲方已支付的软件许可费不予退还，乙方已完成的定制开发工作按实际工作量结算。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方并提供证明。

## 第十四条 其他

本合同附件为《定制需求确认书》，经双方签字后生效。定制需求以确认书为准，确认书以外的需求视为变更。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

**甲方（盖章）：** 重庆渝味源食品有限公司　　授权代表：__________

**乙方（盖章）：** 成都仓易通软件有限公司　　授权代表：__________

**签订日期：** 2025年8月　日
"""
H516E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LB-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Logiciels Beaudoin-Lachance Inc., a corporation incorporated under the laws of Quebec, with its head office at 2500 Rue King Ouest, Sherbrooke, Quebec, Canada ("Licensor"), and Foshan Shunyi Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 36 Longzhou Road, Shunde District, Foshan, Guangdong ("Customer").
P:WHEREAS Licensor develops and licenses the Ordo production planning and scheduling software; WHEREAS Customer manufactures panel and upholstered furniture in two plants in Shunde and wishes to plan its production with that software; and WHEREAS the parties wish to set out the terms of the licence and of the related implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Ordo planning server, the Ordo Planner client and the Ordo Shop Floor client in the versions listed in Annex A, with their documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interface between the Licensed Software and Customer's Kingdee ERP, the nine custom production reports and the plant-specific scheduling rules configured for Customer, together with their source code and documentation.
P:1.3 "Final Acceptance" means the signing by Customer of the final acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its two Shunde plants for its internal business purposes, for six named planners and forty concurrent shop-floor users.
P:2.2 Customer may make back-up copies and may move the licence to new hardware on notice to Licensor. Customer may not sell, sublicense or reverse engineer the Licensed Software except as permitted by mandatory law.
P:2.3 Licensor retains all intellectual property rights in the Licensed Software.
H:Article 3 Services
P:3.1 Licensor shall install and configure the Licensed Software, build the Custom Deliverables, migrate open work orders and routings from Customer's spreadsheets, and train Customer's planners, supervisors and key users.
P:3.2 Licensor shall appoint a project manager who speaks Mandarin or shall provide an interpreter at its own cost. The project plan in Annex B sets the milestones. Go-live is planned for the end of the fourth month after signature.
P:3.3 Customer shall provide the servers, operating system and database licences described in Annex A, remote access through its VPN, the master data of both plants and a project team of one planning lead and one key user per plant. Delays caused by Customer's failure to do so extend Licensor's dates accordingly.
P:3.4 Training consists of a five-day course for planners, a two-day course for shop-floor supervisors and a one-day administrator course, all held in Shunde, with course material in Chinese.
H:Article 4 Price and Payment
P:4.1 At Customer's request all prices are stated and invoiced in Chinese yuan (CNY). The total Contract Price is CNY 872,000, including all taxes payable in China that Licensor is required to bear, as follows:
TB:Item|Quantity|Amount (CNY)
TB:Ordo Planner named user licences|6|276,000
TB:Ordo Shop Floor concurrent licences|40|232,000
TB:Ordo planning server licence|1|118,000
TB:Licence Fee Subtotal||626,000
TB:Implementation, ERP interface and custom reports|fixed price|214,000
TB:Training|fixed price|32,000
TB:Contract Price||872,000
P:4.2 Customer shall pay: (a) 20% of the Contract Price (CNY 174,400) within 15 days after signature against Licensor's invoice; (b) 45% (CNY 392,400) after installation of the Licensed Software and delivery of the Custom Deliverables, which does not constitute acceptance; and (c) 35% (CNY 305,200) within 15 days after Final Acceptance.
P:4.3 Payments are made by bank transfer to the account in Annex C. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After go-live Licensor shall run the acceptance tests agreed in Annex D. Final Acceptance requires that: (a) all functions in Annex A operate as documented; (b) the ERP interface transfers work orders, material requirements and completions for twenty consecutive working days without unreconciled differences; (c) a full rescheduling of both plants completes in less than three minutes; and (d) no Severity 1 or Severity 2 defect is open.
P:5.2 Go-live, productive use or any payment shall not by itself constitute acceptance. If a test fails, Licensor shall correct the defect and repeat the test within ten working days.
H:Article 6 Warranty and Support
P:6.1 Licensor warrants for eighteen (18) months from Final Acceptance that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation, and will correct any defect free of charge during that period.
P:6.2 During the warranty and any support period, Licensor shall respond to a Severity 1 incident (planning server down or scheduling impossible in a plant) within one (1) hour, twenty-four hours a day, and to a Severity 2 incident within eight business hours. For each full hour by which a Severity 1 response is late, Licensor shall credit Customer CNY 1,000 against the next invoice.
P:6.3 After the warranty, Customer may order annual support. The annual support fee is 11% of the Licence Fee Subtotal, namely CNY 68,860 per support year, and shall not be increased for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
P:6.4 Support includes new versions of the Licensed Software, the adaptation of the Custom Deliverables to those versions, and the same response times and credits as in 6.2.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All rights in the Custom Deliverables vest in Customer upon payment. Licensor shall deliver their source code. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.2 Licensor may reuse general know-how that does not contain Customer's confidential information.
P:7.3 Licensor shall defend Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights and shall, at its option, obtain the right for Customer to continue using them or modify them so that they no longer infringe, without loss of function.
H:Article 8 Customer Data and Security
P:8.1 All production, order, customer and cost data processed by the Licensed Software ("Customer Data") belongs to Customer. Licensor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Licensed Software is installed on Customer's own servers in Foshan. Licensor shall access them only through Customer's VPN with multi-factor authentication, with each session approved by Customer and logged, and shall not copy Customer Data out of Customer's systems.
P:8.3 Licensor shall notify Customer of any security incident affecting Customer Data within twenty-four hours, cooperate in its remediation and compliance with the Personal Information Protection Law and the Data Security Law of the PRC, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If Licensor fails to reach Final Acceptance by the date in Annex B for reasons attributable to it, Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 8 and 9, infringement of intellectual property rights, wilful misconduct and gross negligence.
H:Article 11 Subcontracting
P:Licensor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after notice.
P:12.2 If Customer terminates under 12.1 before Final Acceptance, Licensor shall refund the amounts paid for the services not accepted, and Customer may keep using the Licensed Software for which it has paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Province of Quebec and the federal laws of Canada applicable in Quebec, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute that the parties cannot settle within sixty days shall be submitted to the courts of the judicial district of Montreal, Quebec, to whose jurisdiction the parties submit.
H:Article 14 General
P:14.1 This Agreement, with Annexes A to D, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.3 Notices must be in writing and sent by courier or e-mail to the addresses in Annex C. Customer's notices may be written in Chinese with an English translation.
P:14.4 This Agreement is signed in two English originals, one for each party, and takes effect on signature.
P:For Licensor: ____________________ Name / Title / Date
P:For Customer: ____________________ Name / Title / Date
"""

H516E02 = """# ORDER FORM No. TW-CN-0193

**Provider:** Tidewater Facility Software Ltd., 1100 Main Street, Moncton, New Brunswick, Canada
**Customer:** Wuhan Jiangcheng Property Services Co., Ltd., 88 Zhongbei Road, Wuchang District, Wuhan, Hubei, PRC

This Order Form is entered into under, and incorporates, the Tidewater General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1 Order details

**1.1 Services.** TideDesk, Provider's web-based facility maintenance platform: work orders, preventive maintenance plans, asset register, resident service requests and technician mobile app, for the forty-two residential and office properties managed by Customer. The Services include the standard Chinese-language interface, the resident request portal and the reporting module described in Provider's service description attached to this Order Form.

**1.2 Subscription Term.** Two Subscription Years, from 1 September 2025 to 31 August 2027 (the "Initial Term"). Each "Subscription Year" runs from 1 September to 31 August.

**1.3 Fees.** At Customer's request all fees are quoted and invoiced in Chinese yuan (CNY).

| Item | Quantity | Fee per Subscription Year (CNY) | Initial Term (CNY) |
|---|---|---|---|
| TideDesk user subscriptions | 180 users x 1,150 | 207,000 | 414,000 |
| Technician mobile app add-on | 1 | 24,000 | 48,000 |
| Onboarding (one-time: configuration, data import, training) | 1 | - | 58,000 |
| **Total Contract Value** | | | **520,000** |

**1.4 Invoicing.** The subscription fees for each Subscription Year (CNY 231,000) are invoiced on the first day of that Subscription Year and payable within 30 days. The onboarding fee is invoiced after Go-Live Acceptance under Section 3.2. Nothing is payable before the Subscription Start Date.

**1.5 Hosting.** Customer Data is hosted in Provider's environment in a data centre in Shanghai operated by a mainland China cloud provider.

## GENERAL TERMS

## Section 2 Subscription and use

**2.1** Provider grants Customer and its employees and contractors the right to use the Services during the Subscription Term for Customer's internal business.

**2.2** Customer is responsible for its users' accounts and shall not resell the Services or use them to build a competing product.

**2.3** Customer may add users or properties at any time at the unit prices in this Order Form, pro rata for the rest of the Subscription Year. Users may not be reduced below the quantity ordered during a Subscription Year.

**2.4** Provider may improve the Services from time to time, provided that it does not materially reduce their functionality during the Subscription Term.

## Section 3 Onboarding and acceptance

**3.1** Provider shall configure the Services for Customer's properties, import Customer's asset register and open work orders from the spreadsheets Customer provides, connect the resident service request channel to Customer's WeChat service account, and train Customer's administrators and technicians.

**3.2** Go-Live Acceptance: Provider shall demonstrate, against the test scripts agreed in the onboarding plan, that (a) all forty-two properties and their asset registers are loaded and reconciled with Customer's lists, (b) work orders and preventive maintenance plans can be created, dispatched and closed through the mobile app, (c) resident requests from the WeChat channel arrive as work orders within one minute, and (d) reports in the onboarding plan run correctly. Customer shall sign the Go-Live Acceptance certificate within five business days after a successful demonstration. Use of the Services in production before that date is not acceptance.

**3.4** Customer shall appoint a project lead, provide complete asset and work-order spreadsheets in Provider's import template by 20 September 2025, and make its administrators available for training. Provider's dates move by the days of any delay caused by Customer.

**3.3** Go-Live Acceptance shall be reached by 31 October 2025. For each day of delay attributable to Provider, Provider shall pay Customer CNY 300 as liquidated damages.

## Section 4 Service levels

**4.1 Availability.** Provider shall make the Services available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 Beijing time.

**4.2 Support.** Priority 1 incidents (the Services are unavailable or work orders cannot be created) shall be responded to within 30 minutes at any time; Priority 2 incidents within two business hours; other requests within one business day.

**4.3 Service credits.** If monthly availability falls below the commitment in 4.1, Customer receives a credit of 5% of the monthly share of the subscription fees for each 0.1 percentage point below it, up to half of that monthly share. Each late Priority 1 response gives a credit of CNY 500. Credits are deducted from the next invoice.

## Section 5 Customer Data and security

**5.1** All data that Customer or its users enter into the Services, including residents' personal information ("Customer Data"), belongs to Customer. Provider shall process Customer Data only to provide the Services to Customer and for no other purpose.

**5.2** Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all access, and maintain its MLPS level-3 filing for the Services.

**5.3** Provider shall notify Customer of any breach of security affecting Customer Data within 24 hours, take all steps needed to contain it, and be responsible for the losses, regulatory fines and notification costs caused by the breach to the extent attributable to Provider.

**5.4** Provider shall give Customer, once per Subscription Year and on reasonable notice, a summary of its latest security assessment and MLPS evaluation results, and shall answer Customer's reasonable security questionnaires.

**5.5** Within thirty days after the end of the Agreement Provider shall return Customer Data in CSV format and then delete it, and confirm the deletion in writing.

## Section 6 Intellectual property

**6.1** Provider owns the Services and all improvements to them.

**6.2** The configurations, workflows, report templates and data mappings created for Customer belong to Customer, which may use, copy and modify them freely and let third parties use them.

## Section 7 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to persons who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Agreement.

## Section 8 Subcontractors

**8.1** Provider may use subcontractors and sub-processors to provide the Services, including its hosting provider and support partners. Provider shall list them on its website and notify Customer by e-mail fourteen days before adding a new one. Customer's consent is not required.

**8.2** Provider remains responsible for the acts and omissions of its subcontractors.

## Section 9 Renewal

**9.1** After the Initial Term, the Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current period.

**9.2** Provider may increase the fees for any renewal period by up to 7% over the fees of the preceding Subscription Year by notice given at least ninety days before the renewal.

## Section 10 Limitation of liability

**10.1** Neither party is liable for indirect or consequential loss or loss of profit.

**10.2** Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer under the Agreement in the six months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Section 5.3 in respect of personal information, or to fraud or wilful misconduct.

## Section 11 Term and termination

**11.1** Either party may terminate the Agreement by written notice if the other party commits a material breach that is not cured within thirty days after notice of it.

**11.2** If Customer terminates under 11.1, Provider shall refund the fees already paid for the remainder of the current Subscription Year within thirty days and shall assist Customer in moving its data as set out in Section 5.5.

## Section 12 Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules then in force. The award is final and binding.

## Section 13 General

**13.1** Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business.

**13.2** This Agreement is the entire agreement of the parties on its subject and replaces all earlier proposals. Amendments must be in writing and signed by both parties. Provider's online terms or click-through terms do not apply to Customer.

**13.3** Each party shall comply with the laws that apply to it in performing the Agreement, including export-control and personal-information laws.

**13.4** Notices shall be sent by e-mail with a copy by courier to the contacts named by each party during onboarding.

**13.5** Force majeure excuses delay for as long as it lasts, provided the affected party notifies the other promptly.

**Signed for Provider:** ____________________ Name, title, date

**Signed for Customer:** ____________________ Name, title, date
"""

H516E03 = """
T:CONTRACT FOR THE SUPPLY AND INSTALLATION OF WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. XSYY-EQ-2025-12
P:Buyer: Ningbo Xiangshan Bay Aquaculture Co., Ltd., 18 Shipu Harbour Road, Xiangshan County, Ningbo, Zhejiang, PRC (the "Buyer").
P:Supplier: Bluefin Ocean Instruments Ltd., 45 Wright Avenue, Dartmouth, Nova Scotia, Canada (the "Supplier").
P:Background: The Buyer operates offshore net-pen and land-based recirculating fish farms at its Shipu site. It has selected the Supplier, after a competitive quotation, to supply, install and commission a water-quality monitoring system for that site. This contract is on the Buyer's standard terms for equipment purchases.
H:1. Scope
P:(a) The Supplier shall supply the multi-parameter sondes, dissolved-oxygen sensors, buoy data loggers, gateways and monitoring software listed in the price table in Clause 2, install and calibrate them at the Buyer's Shipu site, configure alarms and dashboards, and train the Buyer's staff.
P:(b) The system shall measure dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll at twenty-four net-pen and recirculating-tank positions and transmit readings every five minutes to the monitoring software on the Buyer's server.
P:(c) All equipment shall be new, of current production, and suitable for continuous immersion in seawater, with anti-fouling wipers on all optical sensors.
P:(d) The AquaView licence covers an unlimited number of users at the Shipu site and any future expansion of that site, and includes the Chinese-language user interface and the mobile alarm application.
H:2. Price
P:(a) At the Buyer's request the Supplier prices the contract in Chinese yuan (CNY). The Contract Price is CNY 1,120,000, fixed, inclusive of delivery to site (DDP Shipu), import duties, taxes and all installation costs:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sonde BX-6|24|21,500|516,000
TB:2|Optical dissolved-oxygen sensor DO-3|48|3,800|182,400
TB:3|Solar buoy data logger with 4G modem|12|14,600|175,200
TB:4|Gateway and base station|2|23,700|47,400
TB:5|AquaView monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||1,017,000
TB:6|Installation, calibration and commissioning|1|88,000|88,000
TB:7|Training|1|15,000|15,000
TB:|Contract Price|||1,120,000
P:(b) The Contract Price does not change for exchange-rate movements.
P:(c) The Supplier shall issue a valid Chinese VAT invoice, or arrange for its Chinese distributor to issue one, for each payment. The Buyer pays by bank transfer within the periods in Clause 3.
H:3. Payment
P:(a) 10% of the Contract Price (CNY 112,000) within twenty days after the Buyer receives an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:(b) 55% of the Contract Price (CNY 616,000) after delivery and installation of all equipment, confirmed by a delivery and installation record signed by both parties. That record is not acceptance.
P:(c) 35% of the Contract Price (CNY 392,000) within twenty days after the Final Acceptance Certificate is signed.
H:4. Delivery and installation
P:(a) The Supplier shall deliver all equipment to the Shipu site within ten weeks after signature and complete installation within four weeks after delivery, in working windows agreed with the Buyer's farm manager so that feeding and harvesting are not disturbed.
P:(b) Before shipment the Supplier shall send the packing lists, factory calibration certificates and the installation plan, including the mooring design for each buoy, for the Buyer's approval.
P:(c) The Supplier's staff shall follow the Buyer's site safety and biosecurity rules, including boat-safety procedures and the disinfection of equipment before it enters the tanks.
P:(d) If the Supplier fails to complete installation or to reach Final Acceptance by the agreed dates for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty days, the Buyer may terminate this contract under Clause 12.
H:5. Acceptance
P:(a) After installation the system shall run for a trial period of thirty consecutive days. Final Acceptance requires that: (i) every sensor reading agrees with the Buyer's calibrated reference instrument within the tolerances in Annex 2; (ii) at least 98% of the scheduled five-minute readings from each position reach the monitoring software during the trial period; (iii) low-oxygen alarms reach the duty phones within two minutes in three witnessed tests; and (iv) all documentation in Annex 3 has been delivered.
P:(b) When the criteria are met, the parties shall sign the Final Acceptance Certificate. Installation, use of the system or payment does not by itself constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the trial period shall restart for the affected positions.
H:6. Warranty
P:(a) The Supplier warrants the equipment and software for thirty-six (36) months from Final Acceptance. During the warranty the Supplier shall repair or replace defective equipment free of charge, including shipping, and keep a stock of spare sondes and sensors in China.
P:(b) Severity 1 faults (loss of readings from four or more positions or loss of alarms) shall be responded to remotely within two hours at any time, and defective units shall be replaced on site within three calendar days. For each hour of late response to a Severity 1 fault the Supplier shall pay CNY 500, and for each day of late replacement CNY 1,000, deducted from any amount due or claimed under the guarantee.
P:(c) The Supplier shall ensure that spare parts and replacement sensors for the supplied models remain available for at least eight years after Final Acceptance and shall give the Buyer twelve weeks' written notice of the discontinuation of any model, with an offer of a compatible replacement.
P:(d) After the warranty the Supplier shall, if the Buyer so orders, provide annual support including calibration visits, sensor replacement at cost and software updates, for an annual fee of 9% of the Hardware and Licence Subtotal (CNY 91,530), fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order and does not renew automatically.
H:7. Data
P:(a) All readings, alarm records and other data produced by the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this contract.
P:(b) The monitoring software runs on the Buyer's server. The Supplier shall access it only through the Buyer's remote-access gateway with a personal account and one-time password, with each session approved by the Buyer, and shall not copy Buyer Data off the Buyer's systems.
P:(c) The Supplier shall report any security incident affecting Buyer Data within twelve hours, help to contain it and compensate the Buyer for losses caused by its breach of this Clause.
H:8. Intellectual property
P:(a) The Supplier keeps the intellectual property in the AquaView software and the instrument firmware, which are licensed to the Buyer perpetually.
P:(b) Dashboards, alarm rules, integration scripts and reports made for the Buyer belong to the Buyer, which may use and modify them freely and let third parties do so.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's stocking densities, feeding data and site layout, and shall not disclose it without prior written consent, for three years after the end of this contract.
H:10. Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains responsible for any approved subcontractor, including the boat operator used for buoy installation.
H:12. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or in the case described in Clause 4(d). On such termination the Supplier shall refund the amounts paid for equipment or work not accepted.
H:13. Governing law and disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:14. General
P:(a) Neither party is liable for delay caused by force majeure, such as typhoons or port closures, provided that it notifies the other party within three days and resumes performance as soon as possible. Typhoon seasons known at signature are to be allowed for in the installation plan.
P:(b) This contract is written in English and Chinese; both versions are equally authentic. Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named in Annex 3. The Supplier may not assign this contract without the Buyer's written consent. Amendments must be in writing and signed by both parties.
P:(c) Annex 1: equipment specifications. Annex 2: calibration tolerances. Annex 3: documentation list. The annexes form part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H516E04 = """# MANAGED MEETING-ROOM SERVICES AGREEMENT

Agreement reference: IRS-MS-2025-031

**Service Provider:** Island Room Systems Inc., 161 Grafton Street, Charlottetown, Prince Edward Island, Canada ("Provider")

**Customer:** Chengdu Tianfu Engineering Consulting Co., Ltd., 9 Jiaozi Avenue, High-tech Zone, Chengdu, Sichuan, PRC ("Customer")

Customer runs forty-five meeting and video-conference rooms in its Chengdu head office and three regional offices. Provider designs and operates meeting-room systems as a managed service. The parties agree as follows.

## 1. DEFINITIONS

"Rooms" means the meeting rooms listed in Schedule 1. "Service Commencement" means the date on which Customer signs the service commencement certificate under Clause 4. "Service Year" means each period from 1 December to 30 November, the first beginning on 1 December 2025 (or on Service Commencement, if later); the term is three Service Years. "Monthly Charge" means the charge in Schedule 2.

## 2. THE SERVICES

2.1 Provider shall provide, install, own and operate the video-conference codecs, cameras, microphones, displays, room booking panels and wireless presentation devices in each Room (the "Equipment"), and shall monitor, maintain, repair, update and replace the Equipment during the term.

2.2 Provider shall run a service desk in Mandarin, available from 07:30 to 21:00 Beijing time on every day of the year, and shall station one technician in Customer's Chengdu head office during business hours.

2.3 Provider shall provide on-site support for board meetings and client presentations booked at least two business days in advance, up to ten events per month. Additional events are charged at CNY 600 each with Customer's prior approval.

2.4 Provider shall keep the Equipment's firmware and software at versions supported by their manufacturers, shall apply updates outside business hours after notifying Customer's IT department, and shall replace any Equipment that its manufacturer stops supporting during the term at no extra charge.

2.5 Customer shall provide power, network connections, rack space and access to the Rooms, give Provider's staff visitor badges, and tell Provider of any planned office works affecting the Rooms at least ten business days in advance. Provider is not responsible for faults caused by Customer's network or by Customer's own devices.

## 3. TERM

This Agreement begins on signature and ends at the end of the third Service Year. It does not renew automatically. Any extension requires a written amendment signed by both parties.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 Provider shall complete the installation of all Rooms by 30 November 2025 according to the transition plan agreed with Customer's IT department.

4.2 Service Commencement tests: in every Room Provider shall demonstrate (a) a video call with each regional office and with a Tencent Meeting and a Zoom meeting, (b) audio without echo at all seats, (c) booking-panel synchronisation with Customer's calendar, and (d) wireless presentation from Windows, macOS and Android devices. When all Rooms pass, Customer signs the service commencement certificate. Use of a Room before that date is not acceptance.

4.3 If Service Commencement is later than 30 November 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay.

## 5. SERVICE LEVELS

5.1 Room availability: each Room shall be available for video conferencing for at least 99.7% of business hours in each month.

5.2 Incident response is as set out in Schedule 3.

5.3 If a service level is missed, Customer is entitled to the service credits in Schedule 3, deducted from the next invoice.

5.4 Scheduled maintenance shall be carried out outside business hours and announced at least three business days in advance. Time lost through scheduled maintenance announced in this way does not count against availability.

5.5 Provider shall send a monthly service report with availability per Room, incidents, response times and credits, and shall attend a quarterly service review with Customer at which the parties agree on improvement actions for any Room with repeated incidents.

## 6. CHARGES AND PAYMENT

6.1 At Customer's request the charges are stated and invoiced in Chinese yuan (CNY). The charges are those in Schedule 2. The total contract value over the three Service Years is CNY 2,481,600.

6.2 The transition charge is invoiced after Service Commencement. The Monthly Charge is invoiced monthly in arrears from Service Commencement. No amount is payable before Service Commencement.

6.3 Customer shall pay each correct invoice within thirty days. The Monthly Charge is fixed for the term.

6.4 If Customer adds or removes Rooms during the term, the Monthly Charge changes by CNY 1,480 per Room from the month after the change, and any installation work is quoted separately and agreed in writing before it starts.

## 7. CUSTOMER DATA

All meeting recordings, booking records, room usage statistics and other data generated by the Services for Customer belong to Customer. Provider shall use them only to provide the Services and shall not sell them or use them for any other purpose.

## 8. INTELLECTUAL PROPERTY

8.1 Provider keeps the intellectual property in its monitoring tools and standard room designs.

8.2 Room configurations, user guides, runbooks and reports prepared for Customer belong to Customer, which may use and modify them freely and have third parties use them.

## 9. CONFIDENTIALITY

Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the content of any meeting that Provider's staff attend or support, and shall not disclose it to any third party without prior written consent. This Clause survives the end of this Agreement for three years.

## 10. LIABILITY

10.1 Provider is responsible for loss of or damage to the Equipment except when caused by Customer's misuse.

10.2 Provider shall maintain public liability insurance with a reputable insurer in China for at least CNY 5,000,000 per event and shall show the certificate on request.

10.3 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of Clause 9, which are not limited.

## 11. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within twenty days after notice, or if the availability of three or more Rooms falls below 98% in two consecutive months.

12.2 At the end of this Agreement Provider shall remove the Equipment, make good any damage and return Customer's materials, unless Customer chooses to buy the Equipment at its book value.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. GENERAL

14.1 Force majeure excuses delay while it lasts, provided the affected party gives prompt notice and takes reasonable steps to limit its effect. If force majeure prevents the Services in more than half of the Rooms for more than thirty days, either party may end this Agreement for the affected Rooms by written notice.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.3 Notices shall be sent by e-mail with a copy by courier to the addresses above. Neither party may assign this Agreement without the other party's written consent.

## SCHEDULE 1 - ROOMS

| Site | Large rooms | Medium rooms | Small rooms | Total |
|---|---|---|---|---|
| Chengdu head office | 6 | 14 | 10 | 30 |
| Chongqing office | 1 | 3 | 2 | 6 |
| Xi'an office | 1 | 2 | 2 | 5 |
| Kunming office | 1 | 2 | 1 | 4 |
| Total | 9 | 21 | 15 | 45 |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | 45 Rooms x CNY 1,480 per Room per month | 66,600 per month |
| Monthly Charges over the term | 36 months x CNY 66,600 | 2,397,600 |
| Transition charge (one-time) | design, installation, configuration | 84,000 |
| Total contract value | | 2,481,600 |

## SCHEDULE 3 - INCIDENT RESPONSE AND CREDITS

| Priority | Description | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | Board room or three or more Rooms unusable | 30 minutes | 2 hours | CNY 800 per hour late |
| P2 | One Room unusable | 1 hour | next business day | CNY 300 per hour late |
| P3 | Partial fault, Room usable | 1 business day | 5 business days | none |
| Availability | Room below 99.7% in a month | - | - | 10% of that Room's charge for the month |

Signed for Provider: ____________________ Name, title, date

Signed for Customer: ____________________ Name, title, date
"""

H516E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Reference: NSD-2025-CN-118

Provider: North Sea-State Data Inc., 140 Water Street, St. John's, Newfoundland and Labrador, Canada ("Provider")
Customer: Qingdao Haixing Coastal Shipping Co., Ltd., 6 Donghai West Road, Shinan District, Qingdao, Shandong, PRC ("Customer")

Provider produces marine weather, wave and sea-ice forecasts and delivers them through an application programming interface (the "API"). Customer operates a fleet of twenty-eight coastal bulk carriers and feeder container ships and wishes to use the forecasts in its voyage-planning and fleet-monitoring systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Year" means each period from 1 October to 30 September. The subscription term runs for two Subscription Years, from 1 October 2025 to 30 September 2027.

1.2 "Customer Data" means the vessel identities, positions, planned routes, voyage schedules and other information that Customer sends to the API or uploads to Provider.

1.3 "Forecast Data" means the forecasts, hindcasts and derived products delivered by the API.

1.4 "Archive Dataset" means the one-time delivery of ten years of hourly hindcast data for the China coast described in Schedule A.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the subscription term to call the API and to use the Forecast Data in Customer's own voyage planning, fleet monitoring and internal reporting, and to display it to Customer's employees, masters and crew.

2.2 The Professional plan includes up to three million API calls per Subscription Year. Calls above that volume are charged at CNY 9 per thousand calls, invoiced quarterly in arrears. These overage charges are not part of the fees in Clause 3.1.

2.3 Customer may keep and use Forecast Data received during the subscription term for its records and for the investigation of incidents and claims, but may not resell it or provide it to third parties as data.

2.4 During the first two months of the subscription term Provider shall help Customer's IT team to connect the API to Customer's voyage-planning and fleet-monitoring systems, including up to ten days of remote engineering support, sample code and a test environment, at no additional charge.

2.5 Customer shall keep its API keys secure, use them only for the purposes in Clause 2.1 and tell Provider at once if a key may have been compromised, so that Provider can revoke it and issue a new one.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are quoted and invoiced in Chinese yuan (CNY):
- Professional plan subscription: CNY 148,000 per Subscription Year, CNY 296,000 for the two Subscription Years;
- Archive Dataset (one-time): CNY 36,000;
- total fees under this Agreement: CNY 332,000.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Archive Dataset fee is invoiced after its acceptance under Clause 5. Customer pays each invoice within thirty days of receipt.

3.3 The fees are fixed for the subscription term and include all taxes that Provider must bear.

4. API ACCESS AND SUPPORT

4.1 Provider will use commercially reasonable efforts to keep the API available and to deliver forecast updates at the usual model run times. Provider does not guarantee any particular availability, update time or accuracy.

4.2 Provider will tell Customer by e-mail of planned maintenance and of known outages.

4.3 Support is provided by e-mail and through Provider's support portal during Provider's business hours in Newfoundland. Provider will answer support requests as soon as practicable.

4.4 Provider will give Customer at least ninety days' notice before withdrawing an API version that Customer uses, and will document any changes to data formats.

4.5 The Forecast Data covers the Bohai Sea, the Yellow Sea, the East China Sea, the Taiwan Strait and the northern South China Sea at the resolutions and forecast lengths described in Schedule A. Provider may improve resolution or add variables at any time without charge, but shall not remove a variable that Customer uses during the subscription term.

4.6 Customer may request a monthly usage report showing the number of API calls made with each of its keys.

4.7 Provider will keep Customer informed of new products and model improvements and will offer Customer the opportunity to test new forecast products free of charge for up to sixty days before deciding whether to buy them. Any purchase of an additional product requires a written order signed by both parties.

5. ARCHIVE DATASET AND ACCEPTANCE

5.1 Provider shall deliver the Archive Dataset in NetCDF format by secure download no later than 15 November 2025.

5.2 Customer shall check within ten business days after delivery that (a) the dataset covers the area, period and variables in Schedule A, (b) no more than 0.5% of hourly records are missing for any variable, and (c) the files open and validate with the format checker in Schedule A. If the checks pass, Customer signs an acceptance note. If they fail, Provider shall correct and redeliver the dataset within ten business days.

5.3 If Provider delivers an accepted Archive Dataset after 15 November 2025, it shall pay Customer CNY 250 for each day of delay, deducted from the Archive Dataset fee.

6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer as between the parties.

6.2 Customer grants Provider a perpetual, worldwide, royalty-free licence to use Customer Data, in aggregated form that does not name Customer or its vessels, to calibrate and improve Provider's forecast models and to develop, market and sell Provider's products to other customers. This licence survives the end of this Agreement.

6.3 Provider shall otherwise use Customer Data only to provide the API to Customer.

7. DATA SECURITY

7.1 Provider shall protect Customer Data with encryption in transit and at rest, access controls limited to named staff, multi-factor authentication and access logs, and shall keep those measures under regular review.

7.2 Provider shall notify Customer of any unauthorised access to Customer Data within forty-eight hours of becoming aware of it, give Customer the information it needs to meet its own legal duties, and be liable for the losses that Customer suffers as a result of a breach of this Clause.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, the Forecast Data and its models.

8.2 The integration code and report templates that Provider writes for Customer during onboarding belong to Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer's routes, schedules and commercial terms, and shall use it only for this Agreement. It does not apply to information that is public, already known to the receiving party or independently developed, or that must be disclosed by law. This obligation survives the end of this Agreement for three years.

10. LIABILITY

10.1 Forecast Data is an aid to navigation planning. The master remains responsible for the safe navigation of each vessel, and Provider is not liable for decisions taken by Customer or its masters.

10.2 Neither party is liable to the other for indirect or consequential loss, loss of profit or loss of charter hire, except in the case of wilful misconduct.

10.3 Each party's total liability under this Agreement is limited to one and a half times the total fees in Clause 3.1, except for breach of Clause 7 or 9, infringement of intellectual property rights and wilful misconduct.

11. SUBCONTRACTING

Provider shall not subcontract the provision of the API or the processing of Customer Data without Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new order signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fee for the unexpired part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Neither party is liable for delay caused by force majeure, including failure of public communication networks or satellite services outside its control, provided that it notifies the other party promptly.

14.2 This Agreement, with Schedule A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Provider's website terms do not apply.

14.3 Notices shall be sent by e-mail to the contacts named in Schedule A, with a copy by courier for any notice of breach or termination.

14.4 This Agreement is signed in English. Customer may prepare a Chinese translation for its internal use; the English text prevails.

Signed for Provider: ____________________ Name, title, date
Signed for Customer: ____________________ Name, title, date
"""

# ---------------------------------------------------------------- files, labels, checks
SOURCES = {"h516z01": H516Z01, "h516z02": H516Z02, "h516z03": H516Z03, "h516z04": H516Z04, "h516z05": H516Z05,
           "h516e01": H516E01, "h516e02": H516E02, "h516e03": H516E03, "h516e04": H516E04, "h516e05": H516E05}
FILES = {"h516z01": "h516z01_agri_product_traceability_platform.pdf",
         "h516z02": "h516z02_paper_mill_dcs_retrofit_maintenance.docx",
         "h516z03": "h516z03_driving_school_student_saas.txt",
         "h516z04": "h516z04_msa_vessel_monitoring_annual_om.txt",
         "h516z05": "h516z05_hotpot_base_wms_supplier_template.md",
         "h516e01": "h516e01_quebec_production_scheduling_licence.pdf",
         "h516e02": "h516e02_new_brunswick_facility_saas_order_form.md",
         "h516e03": "h516e03_nova_scotia_aquaculture_sensors.docx",
         "h516e04": "h516e04_pei_managed_meeting_rooms.md",
         "h516e05": "h516e05_newfoundland_marine_weather_api.txt"}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".pdf", ".docx"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, [capped], deemed, contract_value)
LABELS = {
 "h516z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
             [True, True, True, False, 1360000]),
 "h516z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 7, False, False, True, "PRC", G],
             [True, True, True, False, 2020000]),
 "h516z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.06, None, None, True, None, None, None, True, True, False, "PRC", S],
             [True, True, False, 880000]),
 "h516z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True, False, None, S],
             [True, False, False, 785000]),
 "h516z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 22, False, True, None, None, G],
             [True, True, True, True, 1200000]),
 "h516e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Quebec", G],
             [True, True, True, False, 872000]),
 "h516e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 300 / 520000 * 100, 6 / 24 * 100, None, True, None, None, None, True, True, True, "PRC", S],
             [True, True, False, 520000]),
 "h516e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC", G],
             [True, True, True, False, 1120000]),
 "h516e04": ("en", "services", [99.7, 0.5, True, "buyer", False, True, True, 1500 / 2481600 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
             [True, True, False, 2481600]),
 "h516e05": ("en", "cloud", [None, None, False, "buyer", True, False, True, 250 / 332000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
             [False, True, False, 332000]),
}
# itemised licence / hardware subtotal = TCO fee base (goods_or_licence only)
FEE_BASE = {"h516z01": 680000, "h516z02": 1688000, "h516z05": 1020000, "h516e01": 626000, "h516e03": 1017000}
# forum outside mainland China (not a label key)
FOREIGN_FORUM = {"h516e01"}

DESIGN = {
 "h516z01": [],
 "h516z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
 "h516z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "h516z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
 "h516z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "h516e01": ["CR-GOVERNING-LAW"],
 "h516e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
 "h516e03": [],
 "h516e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
 "h516e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    lang, cat, terms, extra = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    goods = t["contract_kind"] == G
    names = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if goods else []) + ["acceptance_deemed_on_delivery", "contract_value"]
    assert len(names) == len(extra)
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": dict(zip(names, extra)), "expected_rules": sorted(DESIGN[key])}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for each year after the warranty, pro rata."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from_label(key, lab):
    """My own reading of policy.md §3 (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            if tco_share(key, t, x) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

D = r"(?<![\d.,])"
_EN_PC = r"\s*(?:%|per\s*cent|percent)"
PATTERNS = [
    D + r"99\.9(?!\d)" + _EN_PC, r"百分之九十九点九(?![\d一二三四五六七八九])",
    D + r"4\s*个?\s*小时", r"(?<![十二三])四\s*个?\s*小时", r"(?i)(?<![-\w])four[\s-]*hours?", D + r"4[\s-]*(?:hours?|hrs?|h)(?![a-z])",
    D + r"240\s*(?:分钟|minutes?|mins?)",
    D + r"0\.05(?!\d)" + _EN_PC, r"万分之五(?![十百])", r"百分之零点零五",
    D + r"100" + _EN_PC, r"百分之百", r"百分之一百", r"(?i)one\s*hundred\s*per\s*cent",
    D + r"30" + _EN_PC, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?i)thirty\s*(?:per\s*cent|percent)",
    D + r"12\s*个?\s*月", r"(?<![一二三四五六七八九])十二\s*个?\s*月", r"(?i)(?<![-\w])twelve[\s-]*(?:calendar\s*)?months?",
    D + r"12[\s-]*(?:calendar\s*)?months?", r"一年", r"壹年", D + r"1\s*年", r"(?i)(?<![-\w])one[\s-]*years?(?![a-z])",
    D + r"15" + _EN_PC, r"百分之十五(?![点])", r"(?i)fifteen\s*(?:per\s*cent|percent)",
    D + r"40" + _EN_PC, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"(?i)forty\s*(?:per\s*cent|percent)",
    D + r"5\s*年", r"五\s*年", r"(?i)(?<![-\w])five[\s-]*years?(?![a-z])", D + r"5[\s-]*years?(?![a-z])",
    D + r"60\s*个?\s*月", r"六十\s*个?\s*月", D + r"60[\s-]*months?", r"(?i)sixty[\s-]*months?",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.9 per cent", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %",
            "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "12-month", "一年",
            "每一年", "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "40 %", "四成", "百分之四十",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "第1年"]
MUST_MISS = ["24小时", "24 小时", "twenty-four hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "2025 年", "万分之五十", "服务年度", "Subscription Year", "每个服务年度", "1.5%", "0.055%", "130%", "140%",
             "4.5 hours", "二十四个月", "24 months", "18 months", "36 months", "2025年1月", "10年", "ten years",
             "百分之三十五", "45%", "35%", "65%", "0.4小时", "40.5%", "fifteen days", "thirty days", "5个工作日"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss: " + s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, name in FILES.items():
        if key not in TARGETS:
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    problems, covered = [], set()
    for key in FILES:
        lab = label(key)
        t = lab["expected_terms"]
        got = rules_from_label(key, lab)
        if got != sorted(DESIGN[key]):
            problems.append((key, "rules", got, sorted(DESIGN[key])))
        covered |= set(got)
        for k, thr in THRESHOLDS.items():
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((key, "label on threshold", k))
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(key, t, lab["expected_extra"])
            if abs(share - 40) <= 2:
                problems.append((key, "TCO share near 40", share))
        else:
            share = None
        (OUT / (FILES[key].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / FILES[key])
        for h in threshold_hits(text) + threshold_hits(SOURCES[key]):
            problems.append((key, "threshold text", h))
        if lab["language"] == "zh":
            n, n2 = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            print("%s %-52s zh chars %d (non-space %d) %s rules=%s risk=%s tco=%s" % (key, FILES[key], n, n2, "ok" if ok else "OUT OF RANGE", got, risk(got), share and round(share, 2)))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s %-52s en words %d %s rules=%s risk=%s tco=%s" % (key, FILES[key], n, "ok" if ok else "OUT OF RANGE", got, risk(got), share and round(share, 2)))
        if not ok:
            problems.append((key, "length", n))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("set", "rules not covered", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
