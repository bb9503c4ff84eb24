"""holdout429: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H429Z01 = """T:特种设备安全监管平台采购合同
P:合同编号：SJJG-ZFCG-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市市场监督管理局
P:乙方（供应商）：杭州衡安信息技术有限公司
P:鉴于甲方通过政府采购公开招标选定乙方为“特种设备安全监管平台建设项目”的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供特种设备安全监管平台软件永久许可，并完成电梯、锅炉、压力容器、气瓶充装四个监管模块的定制开发、与省级特种设备数据库及“互联网+监管”系统的接口开发、历史数据迁移和实施培训。
P:1.2 平台部署在甲方政务云，许可不限用户数，覆盖市局及下属六个区县分局。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税，包括软件许可、开发、迁移、实施、培训及质保期内全部服务费用。
P:分项价格表：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（不限用户）|860,000
TB:2|四个监管模块定制开发及接口开发|624,000
TB:3|历史数据迁移（约38万台设备档案）|118,000
TB:4|实施部署及培训|78,000
TB:合计||1,680,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%，即336,000元，作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，即756,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即588,000元。
P:3.4 甲方按照财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后150日内完成全部开发、部署和数据迁移，并提交初步验收申请。
P:4.2 初步验收合格后系统进入试运行，试运行期为90日。
H:第五条 验收
P:5.1 初步验收标准：四个模块的全部功能点与招标文件需求逐项比对通过；接口连续运行10日无数据丢失；迁移数据逐条比对一致；在500个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；通过第三方网络安全等级保护测评（第三级）；操作手册、源代码及技术文档已全部移交。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。最终验收以甲方出具书面验收报告为准。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可价格的9%，即每年不超过77,400元，该价格在质保期满后的三个服务年度内保持不变。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或核心监管功能中断）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付1,000元；月度可用率每低于承诺值0.01个百分点，扣减当季维护费用2,000元，质保期内从履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的特种设备档案、检验记录、企业及个人信息等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据复制出甲方政务云，人员须签署保密承诺。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行合同中知悉的对方商业秘密和工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且在甲方指定期限内未能改正的，甲方有权拒绝验收并要求乙方赔偿损失。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方逾期交付超过60日的，甲方有权解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金、人员与培训
P:15.1 乙方应在合同签订后7日内以银行保函形式提交合同总价5%的履约保证金，即84,000元，有效期至最终验收后30日。最终验收合格后，甲方无息退还。
P:15.2 乙方应指定具有三年以上政务项目经验的项目经理常驻现场，未经甲方同意不得更换；项目组核心人员名单作为合同附件。
P:15.3 乙方应为甲方系统管理员、市局及各区县分局业务人员提供不少于三期集中培训，每期不少于两日，并提供操作视频和培训教材。培训效果以甲方组织的上机考核为准，考核不合格人员由乙方免费补训。
P:15.4 项目实施期间，乙方每周向甲方提交进度周报，每月参加甲方组织的项目例会，重大问题应在发现后当日书面报告。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任，交付期限相应顺延。不可抗力持续超过60日的，双方协商是否继续履行。
P:16.2 因不可抗力造成数据丢失的，乙方应利用备份尽快恢复，并向甲方提交书面情况说明。
H:第十七条 其他
P:17.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市市场监督管理局    代表签字：__________    日期：2026年3月__日
P:乙方（盖章）：杭州衡安信息技术有限公司    代表签字：__________    日期：2026年3月__日
"""

H429Z02 = """T:纸机DCS控制系统改造及维保合同
P:合同编号：HZ-ZJ-DCS-2026-08
P:甲方：湖州森禾纸业有限公司
P:乙方：南京恒拓自动化工程有限公司
P:甲方三号纸机（年产瓦楞原纸18万吨）原有DCS控制系统已运行多年，备件停产、故障频发。经甲方邀请招标，乙方中标承担该纸机DCS控制系统改造及后续维保工作。双方经友好协商，订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责三号纸机流送、网部、压榨、干燥、施胶及卷取工段DCS系统的设计、供货、组态、安装、调试和投运，替换原有控制站、I/O卡件、操作站和网络设备。
P:（二）乙方提供DCS组态软件和操作站软件永久许可，并完成质量控制系统（QCS）、传动系统和MES系统的通讯接口。
P:（三）改造施工须利用甲方计划停机检修窗口完成，停机切换时间不得超过96小时。
H:二、合同价格
P:（一）合同总价为人民币贰佰捌拾万元整（¥2,800,000），含13%增值税，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
P:（二）分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站、I/O卡件及机柜|6套|1,284,000
TB:2|操作站、工程师站及服务器|9台|398,000
TB:3|工业以太网交换机及光纤环网|1批|278,000
TB:4|DCS组态及操作站软件永久许可|1套|420,000
TB:|硬件及软件小计||2,380,000
TB:5|组态编程、安装、调试及投运|1项|385,000
TB:6|操作及维护培训|1项|35,000
TB:|合同总价||2,800,000
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%，即280,000元，作为预付款。
P:（二）设备全部到货并经开箱检验后，甲方支付合同总价的55%，即1,540,000元。到货及开箱检验不视为验收。
P:（三）系统通过最终验收后30日内，甲方支付合同总价的35%，即980,000元。
H:四、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方厂区。
P:（二）乙方应在甲方停机检修窗口内完成切换，并在投运后60日内具备最终验收条件。
H:五、验收
P:（一）验收标准：全部回路投入自动运行，自动投用率不低于98%；控制站冗余切换无扰动；画面调用时间不超过2秒；与QCS、传动及MES接口数据一致；系统连续稳定运行30日无一级故障。
P:（二）最终验收由甲方组织，双方签署验收证书。投运、试生产或甲方付款均不视为验收合格。
H:六、质保与维保
P:（一）质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费更换故障卡件和设备，免费提供软件补丁。
P:（二）质保期满后，乙方按硬件及软件小计的6%收取年度维保费，即每年142,800元，该价格在质保期满后三个服务年度内固定不变。维保合同由双方另行签订。
P:（三）维保服务水平：一级故障（控制站失效、纸机断纸停机或操作站全部失去监控）15分钟内远程响应，2小时内工程师到达现场；二级故障2小时内响应，次日到场。乙方每延迟1小时，向甲方支付2,000元。
H:七、培训、技术资料与现场施工
P:（一）乙方应为甲方操作人员、仪表及电气维护人员提供不少于两期培训，其中一期在乙方培训中心进行，内容包括系统操作、组态修改、故障诊断及备件更换，每期学员不超过12人。培训结束后由乙方组织考核，考核不合格的人员乙方应免费补训。
P:（二）乙方应在最终验收前向甲方移交全套技术资料，包括系统配置图、I/O清单、组态备份、回路说明、接线图及操作维护手册，纸质版一式三份并附电子版。
P:（三）乙方现场人员应遵守甲方安全生产管理制度，办理动火、登高及临时用电作业许可。因乙方人员违章作业造成的人身伤害和财产损失由乙方负责。
P:（四）乙方应建立本项目备品备件库，在质保期内保证常用卡件和电源模块的现货供应，并承诺系统停产后仍可供应备件不少于八年。
P:（五）切换期间乙方应安排不少于六名工程师三班驻厂，切换完成后继续驻厂保运15日，保运期间的人员费用包含在合同总价内。
H:八、知识产权
P:（一）为甲方编制的组态程序、控制策略、画面及接口程序的知识产权归甲方所有。
P:（二）DCS平台软件的知识产权归原厂所有，甲方获得永久使用许可。
H:九、数据安全与保密
P:（一）纸机工艺参数、配方、生产数据属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程访问须经甲方逐次审批，通过甲方指定的安全网关进行，不得接入其他网络；现场调试用电脑须经杀毒检查，禁止使用未经甲方登记的移动存储介质。
P:（三）因乙方原因导致数据泄露或控制系统遭受网络攻击的，乙方应立即报告并承担由此造成的全部损失。
P:（四）双方对在履行合同中知悉的对方技术秘密和商业秘密负有保密义务，期限为合同终止后三年。
H:十、分包
P:（一）乙方可将现场电缆敷设、桥架安装等施工分包给具有相应资质的单位，但应在分包单位进场前书面通知甲方，并对分包单位的工作质量负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因导致停机时间超过约定的，每超出1小时，乙方支付违约金5,000元。
P:（三）甲方逾期付款的，每逾期一日，按应付未付款的万分之三支付违约金。
H:十二、不可抗力与合同解除
P:（一）因不可抗力致使合同目的不能实现的，双方可协商解除合同。
P:（二）除前款情形外，任何一方不得单方解除本合同。
H:十三、适用法律及争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:十四、廉洁与通知
P:（一）乙方不得向甲方人员提供回扣、礼品或其他不正当利益，一经查实，甲方有权解除本合同项下尚未履行的采购并要求乙方赔偿损失。
P:（二）乙方应为甲方纸机改造建立专门的项目档案，包括设计文件、会议纪要、变更单和调试记录，项目结束后移交甲方存档。
P:（三）双方指定的项目联系人、联系电话和电子邮箱列于技术协议首页。一方变更联系方式的，应在三日内书面通知对方；按原地址发出的通知在变更通知到达前视为送达。
P:（四）乙方应定期向甲方报告项目进度，每两周提交一次书面进度报告，重大问题当日电话告知甲方项目负责人。
P:（五）乙方应在每次收款前向甲方开具合规的增值税专用发票，发票不合规的，甲方付款期限相应顺延。
H:十五、其他
P:（一）本合同附件包括技术协议、设备清单和验收大纲，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖州森禾纸业有限公司    授权代表：__________
P:乙方（盖章）：南京恒拓自动化工程有限公司    授权代表：__________
P:签订日期：2026年4月__日
"""

H429Z03 = """书店连锁门店进销存及会员管理SaaS服务合同

合同编号：SY-SAAS-2026-0311
甲方（客户）：长沙书香里图书连锁有限公司
乙方（服务商）：广州云栈零售科技有限公司

鉴于甲方经营17家实体书店门店，需统一的进销存、门店收银及会员管理系统；乙方提供“云栈零售”SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方17家门店及总部提供云栈零售SaaS服务，包括商品与图书条码管理、采购入库、调拨、退货、盘点、门店收银、会员积分与储值、营销活动和经营报表。
1.2 乙方负责实施服务：历史商品及会员数据迁移（约26万条图书SKU、9.3万名会员），17家门店收银终端部署，与甲方财务软件及主要出版发行集团供货平台的接口对接，以及门店店长、收银员和总部人员培训。
1.3 服务期为三个服务年度，自2026年6月1日起至2029年5月31日止。

2. 服务费用
2.1 费用明细：
（1）门店订阅费：每家门店每服务年度9,600元，17家门店合计每服务年度163,200元；
（2）会员营销模块订阅费：每服务年度36,000元；
（3）实施费（一次性）：68,400元。
2.2 服务期内订阅费合计为每服务年度199,200元，三个服务年度合计597,600元；加实施费后合同总价为人民币666,000元，含6%增值税。
2.3 服务期内甲方新增门店的，按每店每服务年度9,600元按月折算增加订阅费。

3. 付款方式
3.1 订阅费自系统上线之日起按季度支付，每季度首月10日前支付当季费用，每季度49,800元。
3.2 实施费在上线验收合格后15个工作日内一次性支付。
3.3 乙方应在收款前开具合规增值税专用发票。

4. 实施与验收
4.1 乙方应于2026年5月20日前完成数据迁移、接口对接和全部门店部署，具备上线条件。
4.2 上线验收标准：迁移商品和会员数据抽样核对准确率达到99.8%以上且储值余额逐户一致；17家门店连续7日收银无差错；与财务软件和供货平台的接口数据对账一致；单笔收银处理时间不超过2秒。
4.3 甲方在收到验收申请后5个工作日内组织验收并出具书面意见；未通过的，乙方整改后重新验收。
4.4 乙方未能按4.1约定时间具备上线条件的，每延迟一日向甲方支付违约金1,000元。

5. 服务水平
5.1 系统月度可用率不低于99.5%，计划维护安排在营业时间以外并提前48小时通知甲方。
5.2 一级故障（收银或会员功能在一家以上门店不可用）：乙方30分钟内响应，3小时内恢复；二级故障：2小时内响应，次日解决。
5.3 月度可用率低于承诺值或一级故障响应超时的，乙方按当月订阅费的5%向甲方提供服务抵扣，单月抵扣不超过当月订阅费的50%。

6. 数据
6.1 甲方上传和产生的商品、销售、库存及会员数据属于甲方所有。
6.2 甲方同意，乙方可对甲方的销售数据进行脱敏和汇总处理后，用于图书零售行业分析报告及乙方产品改进，处理结果不包含可识别甲方或会员身份的信息。
6.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除乙方系统中的甲方数据并出具删除证明。

7. 数据安全
7.1 乙方应按照《个人信息保护法》《数据安全法》处理会员个人信息，数据存储于中国境内，采用传输和存储加密、访问权限分级和操作日志留存不少于六个月等措施。
7.2 发生会员信息泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成泄露的，乙方承担由此产生的全部赔偿责任，包括甲方向会员支付的赔偿和监管罚款。

8. 保密
8.1 双方对在合作中知悉的对方经营信息、价格信息和技术信息负有保密义务，保密期限至合同终止后三年。

9. 知识产权
9.1 云栈零售平台的知识产权归乙方所有。
9.2 乙方为甲方定制的报表模板和接口程序的知识产权归甲方所有，甲方可自行修改使用。

10. 续订
10.1 服务期届满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可连续续订。
10.2 续订时，乙方有权根据市场情况调整订阅费，上调幅度不超过上一服务年度订阅费的8%，并在续订前45日通知甲方。

11. 合同解除
11.1 乙方严重违约，或一级故障在一个月内累计发生三次以上的，甲方有权书面通知解除合同，乙方退还已付未使用期间的费用。
11.2 甲方逾期付款超过60日，经催告仍不支付的，乙方有权暂停服务。

12. 分包
12.1 乙方不得将实施和运维服务分包，确需分包门店终端安装的，应事先取得甲方书面同意。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议由双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

14. 培训与服务支持
14.1 乙方应在上线前为每家门店的店长和收银员提供现场培训，为总部采购、财务和会员运营人员提供集中培训，并提供操作手册和视频教程。新开门店的首次培训由乙方免费提供。
14.2 服务期内乙方提供7×24小时客服热线和在线工单，指定一名客户成功经理，每季度与甲方召开一次服务回顾会议，报告可用率、故障处理和功能使用情况。
14.3 乙方每季度至少发布一次功能更新，重大变更应提前15日通知甲方，不得减少合同约定的功能。
14.4 门店收银终端、扫码枪和小票打印机由甲方自行采购，乙方负责安装调试并提供兼容设备清单，确保在上线前完成全部门店的联调。

15. 不可抗力
15.1 因不可抗力或公共网络、电力中断等非乙方原因造成服务中断的，不计入不可用时间，但乙方应及时通知甲方并尽力恢复。不可抗力持续超过30日的，任何一方可书面通知终止本合同，甲方已付未使用期间的费用由乙方退还。

16. 服务终止与数据迁出
16.1 合同期满不续订或提前解除的，乙方应给予甲方不少于60日的过渡期，过渡期内按原价格继续提供服务，并协助甲方将商品、库存和会员数据迁移至甲方指定的新系统，协助工作不另收费。
16.2 过渡期内乙方不得降低服务水平，不得以任何理由删除或锁定甲方数据。

17. 发票与税费
17.1 乙方应在每次收款前开具合规的增值税专用发票。因政策调整导致税率变化的，不含税价格不变，含税价格按新税率调整。

18. 通知
18.1 双方的通知以书面形式发送至本合同首页载明的地址或双方确认的电子邮箱，电子邮件发出后次一工作日视为送达。

19. 其他
19.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：长沙书香里图书连锁有限公司（盖章）    代表：__________
乙方：广州云栈零售科技有限公司（盖章）    代表：__________
日期：2026年4月__日
"""

H429Z04 = """地震速报系统运维服务合同

项目编号：YNDZ-CS-2026-004（竞争性磋商）
甲方（采购人）：滇南省地震局
乙方（成交供应商）：昆明震研信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担地震速报系统的运行维护服务。为明确双方权利义务，经协商一致，订立本合同。

（1）服务范围。乙方负责甲方地震速报系统的运行维护，包括：全省126个测震台站数据汇集链路的监控；速报中心服务器、存储、网络及自动速报软件的日常巡检；自动速报结果的质量核查；系统升级部署；应急值守保障；备品备件更换；年度运维报告编写。

（2）服务期限。服务期自2026年1月1日起至2026年12月31日止。期满后甲方根据财政预算和考核结果决定是否重新采购，本合同不自动续期。

（3）服务费用。合同总价为人民币陆拾壹万元整（¥610,000），其中运维服务费548,000元，备品备件包干费62,000元。上述价格为固定总价，含税及乙方履行本合同所需的人员、交通、工具和备件等全部费用。

（4）付款方式。服务费按季度结算，每季度结束后，甲方根据季度考核结果在15个工作日内支付当季费用152,500元。本合同不设预付款。

（5）人员配置。乙方应配备驻场工程师3名，其中1名为项目负责人，负责7×24小时值班；另设二线专家2名。驻场人员名单须经甲方确认，更换须提前15日书面报甲方同意。

（6）服务水平。
a. 速报系统月度可用率不低于99.95%；
b. 一级故障（自动速报中断、数据汇集中断或速报结果无法发布）：乙方15分钟内响应，1小时内到达速报中心现场，2小时内恢复；
c. 二级故障（单台站数据中断、单台服务器故障）：1小时内响应，12小时内恢复；
d. 三级故障（不影响速报的一般问题）：下一个工作日内处理；
e. 地震发生时（省内3.0级以上），乙方应在5分钟内完成自动速报结果核查并报甲方值班人员。

（7）未达服务水平的处理。乙方未达到第（6）项服务水平的，甲方有权要求乙方书面说明原因并限期整改，整改情况纳入季度考核和乙方下次参加甲方采购的履约评价。

（8）巡检与报告。乙方每日巡检一次并填写巡检记录，每月提交运维月报，每季度进行一次应急演练，年末提交年度运维报告和系统优化建议。

（9）验收与考核。甲方每季度按照磋商文件所附考核细则对乙方进行考核，考核内容包括服务水平达成情况、巡检记录完整性、故障处理及时性和报告质量，得分85分以上为合格。服务期满后，甲方对全年服务进行终期验收，出具书面验收意见。

（10）知识产权。乙方在服务期内编写的运维脚本、巡检工具、应急预案和技术文档的知识产权归甲方所有，乙方应在服务期满前全部移交。

（11）数据所有权。速报系统中的测震数据、地震目录、速报结果和台站信息均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，不得对外提供或发布。

（12）数据安全。乙方应遵守《数据安全法》和甲方网络安全管理制度，运维操作须通过甲方堡垒机进行并全程记录；严禁将数据拷贝至外部介质或上传至互联网；乙方人员须签署安全承诺书并接受甲方背景审查。发生数据泄露或网络安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（13）保密。乙方对在服务中知悉的甲方工作秘密、台站位置、网络拓扑和账号口令负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。

（14）分包。乙方不得将本合同项下的服务转包或分包。

（15）违约责任。乙方违反本合同约定的，应负责改正；给甲方造成损失的，应赔偿甲方的实际损失。甲方逾期付款的，应在收到乙方书面催告后10个工作日内支付。

（16）合同解除。乙方连续两个季度考核不合格，或发生严重违约经书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

（17）服务交接。合同终止或期满时，乙方应配合甲方或新服务商完成交接，交接期不少于15日，移交全部账号、文档和备件清单，交接期间乙方继续履行服务义务。

（18）法律适用。本合同适用中华人民共和国法律。

（19）争议解决。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（20）备品备件。乙方应在速报中心现场储备服务器硬盘、电源模块、交换机和数据采集器等常用备件，备件清单经甲方确认后执行；备件消耗情况按月报告，服务期末剩余备件归甲方所有。备件包干费已包含在合同总价中，乙方不得另行收费。

（21）应急保障。发生省内5.0级以上地震或甲方启动地震应急响应时，乙方应在30分钟内增派二线专家到岗，并在应急期间保持速报系统、通信链路和发布渠道的全程保障，直至甲方宣布应急结束。应急期间产生的加班及差旅费用由乙方自行承担。

（22）安全生产与人员管理。乙方驻场人员应遵守甲方机房管理制度和值班纪律，进出机房登记，不得擅自变更系统配置；重大变更须提交变更方案，经甲方审批后在非值班高峰时段实施，并做好回退准备。

（23）不可抗力。因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

（24）廉洁。乙方不得向甲方工作人员提供任何形式的不正当利益；违反的，甲方有权解除合同并将有关情况记入供应商诚信档案。

（25）技术文档管理。乙方应建立并维护速报系统运维知识库，包括系统架构图、设备清单、配置基线、账号清单、故障处理记录和应急预案，每季度更新并报甲方备案。服务期满时，知识库全部内容移交甲方，乙方不得保留副本。

（26）满意度评价。甲方每半年组织一次对乙方服务的满意度评价，评价结果作为季度考核的参考，评价不满意的事项乙方应在15日内提出改进措施。

（27）履约保证金。乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，即30,500元，可采用银行保函形式。服务期满且终期验收合格后，甲方在15日内无息退还；乙方严重违约的，甲方有权从履约保证金中扣除相应损失。

（28）运维工具与账号。乙方使用的运维工具和监控软件须经甲方审核，所有运维账号由甲方统一分配并定期更换口令，服务期满后由甲方收回全部账号。

（29）联系人。双方各指定一名项目联系人，负责日常沟通和文件签收；联系人变更的，应提前三日书面通知对方。

（30）其他。磋商文件、乙方响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滇南省地震局    法定代表人或授权代表：__________
乙方（盖章）：昆明震研信息技术有限公司    法定代表人或授权代表：__________
签订日期：2025年12月__日
"""

H429Z05 = """# 米香源生产管理软件许可及定制开发合同（标准文本 V3.2）

**合同编号**：XZ-MES-2026-052

**甲方（用户）**：宜宾米香源食品有限公司

**乙方（软件供应商）**：成都禾丰智造软件有限公司

本合同为乙方标准合同文本。甲方为糍粑、米糕等米制品生产企业，拟采用乙方“禾丰智造”生产管理软件实现生产计划、配料、批次追溯、质检和仓储管理。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“禾丰智造”生产管理软件V5永久许可（含生产计划、配料称重、批次追溯、质检、仓储五个模块，30个并发用户）。

1.2 乙方按甲方需求进行定制开发：蒸煮及打糕工序的工艺参数采集、冷库温度记录对接、食品安全追溯码打印，以及与甲方财务软件的接口。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产管理软件V5永久许可（30并发用户） | 520,000 |
| 2 | 定制开发（工艺采集、冷库对接、追溯码、财务接口） | 136,000 |
| 3 | 安装部署、数据初始化及培训 | 44,000 |
| | 合计 | 700,000 |

合同总价为人民币柒拾万元整（¥700,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即455,000元。乙方收到该笔款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即245,000元。

3.3 甲方逾期付款的，乙方有权暂停实施和技术支持，直至甲方付清到期款项，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成安装部署和定制开发，并通知甲方上线。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，按第六条质保条款处理。

## 第五条 知识产权

5.1 软件及乙方为本项目完成的定制开发成果（包括源代码、接口程序和文档）的知识产权均归乙方所有。

5.2 甲方在本合同范围内获得上述成果的非独占使用权，不得修改、反编译或许可第三方使用。

## 第六条 质保

6.1 质保期为六个月，自系统上线之日起计算。质保期内乙方免费修复软件缺陷。

6.2 质保期满后，甲方如需继续获得技术支持和版本升级，应按软件许可费的25%每年向乙方支付维护费，即每年130,000元。

## 第七条 技术支持

7.1 乙方提供工作日电话、微信及远程技术支持，对甲方提出的问题在合理时间内响应并尽力解决。

7.2 需要乙方工程师现场服务的，差旅费用由甲方承担。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产、配方、质检及仓储数据属于甲方所有。

8.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于乙方产品改进、行业模型训练和食品行业分析。

## 第九条 数据安全

9.1 乙方远程维护须经甲方同意并使用甲方提供的账号，不得复制、留存甲方配方和生产数据。

9.2 因乙方原因导致甲方数据泄露或丢失的，乙方应采取补救措施并赔偿甲方由此造成的直接损失。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，保密期限至合同终止后两年。

## 第十一条 违约责任

11.1 乙方未按第四条约定时间通知上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

11.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 培训与实施配合

12.1 乙方为甲方生产、质检和仓库人员提供两次集中培训，每次不超过两日，培训地点在甲方工厂。超出部分按乙方人天单价另行收费。

12.2 甲方应指定项目负责人，及时提供产品配方结构、工艺路线、物料编码和库位等基础资料，并对资料的准确性负责。因甲方资料提供延误导致上线推迟的，乙方不承担逾期责任。

12.3 甲方逾期配合或未按计划安排人员参加培训的，乙方可相应顺延实施时间。

12.4 甲方应自行准备服务器、数据库、网络环境及称重、扫码、打印等硬件设备，硬件配置应符合乙方提供的配置清单。

12.5 甲方提出超出第一条范围的新增需求的，双方另行签订变更单，费用按乙方标准人天单价2,200元计算。

## 第十三条 实施进度与文档

13.1 乙方在项目启动后15日内提交实施计划，包括需求调研、系统配置、定制开发、数据初始化、培训和上线各阶段的时间安排，经甲方确认后执行。

13.2 上线前乙方向甲方提交系统操作手册、管理员手册和基础数据模板。定制开发的源代码由乙方保管，不向甲方交付。

13.3 甲方原因导致项目暂停超过30日的，乙方有权调整实施人员，恢复后的实施时间由双方另行商定。

13.4 乙方可根据自身产品规划对软件进行版本升级，质保期满后未购买维护服务的，甲方不享有升级权利。

## 第十四条 不可抗力

因不可抗力、政策调整或第三方系统原因不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十五条 培训考核与系统维护责任

15.1 甲方人员经培训后应自行负责日常基础数据维护、用户权限分配和单据操作，因甲方操作不当造成的数据错误，乙方协助恢复时按人天单价收费。

15.2 乙方对软件的第三方组件和开源组件不承担超出原厂承诺的保证责任。

## 第十六条 服务器与网络

甲方应保证服务器、网络和称重扫码等硬件稳定运行，因硬件或网络故障导致软件无法使用的，乙方不承担责任。乙方可应甲方要求推荐硬件供应商，但不对其产品质量负责。乙方提供远程支持时，甲方应开通远程连接通道并保持网络畅通。

## 第十七条 通知

双方联系人变更的，应在三日内书面告知对方。双方通知以书面形式或电子邮件发送至合同首页所列联系人，电子邮件发出即视为送达。

## 第十八条 合同解除

一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

## 第十九条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第二十条 其他

本合同附件包括需求确认书、实施计划和报价单。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。乙方标准文本中未尽事宜，双方可另行签订补充协议。

甲方（盖章）：宜宾米香源食品有限公司　　代表：__________

乙方（盖章）：成都禾丰智造软件有限公司　　代表：__________

日期：2026年5月__日
"""

GENERAL_EN = """{h}Force Majeure. Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. If a force majeure event continues for more than 60 days, either party may end the affected part of the work by written notice without liability.
{h2}Notices. Notices under this {doc} shall be in writing, in English or Chinese, and delivered by hand, courier or e-mail to the addresses stated on the signature page. A notice by e-mail is received on the next business day after sending unless a delivery failure message is returned.
{h3}Assignment. Neither party may assign this {doc} or any right under it without the prior written consent of the other party, except that the {cust} may assign it to an affiliate that takes over the relevant business.
{h4}Anti-bribery and compliance. Each party shall comply with the anti-bribery, export control and sanctions laws that apply to it. The {sup} shall not offer any gift, payment or benefit to the {cust}'s employees in connection with this {doc}.
{h5}Invoices and taxes. The {sup} shall issue valid invoices in CNY before each payment. Each party bears its own taxes as required by law. Payments are made by bank transfer to the account stated in the invoice, and bank charges are borne by the payer in its own country.
{h6}Entire agreement and amendments. This {doc}, with its schedules, is the entire agreement of the parties on its subject and replaces all earlier proposals. Any amendment must be in writing and signed by authorised representatives of both parties. If any provision is held invalid, the rest remains in force.
{h7}Personnel and records. Each party shall name a project manager and a deputy. The {sup} shall keep complete records of the work, changes and incidents under this {doc} and shall make them available to the {cust} on request. Staff working at the {cust}'s premises shall follow its site, safety and IT rules.
{h8}Cooperation. Each party shall give the other the information, access and decisions reasonably needed for the work in good time. Where a party's delay holds up the other, the time for the affected work is extended accordingly, and the parties shall record the extension in writing.
{h9}Language and counterparts. This {doc} is made in English. It may be signed in counterparts and by electronic signature, each of which is an original.
"""

H429E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AZR-CN-2026-014
P:This Agreement is made between Azure Reef Hospitality Systems Pvt Ltd, a company registered in the Republic of Maldives with its office at Boduthakurufaanu Magu, Malé (the "Vendor"), and Sanya Haitang Bay Resort Management Co., Ltd., a company registered in Hainan Province, People's Republic of China (the "Customer").
P:Background: The Customer manages six resort hotels in Sanya and wishes to replace its hotel property management system. The Vendor develops the ReefPMS property management software and has offered perpetual licences, interfaces and implementation services. The parties agree as follows.
H:Article 1 Scope
P:1.1 The Vendor grants the Customer perpetual, non-exclusive and non-transferable licences to use ReefPMS, the ReefPOS point-of-sale module and the ReefChannel channel manager for the six properties listed in Schedule 1, with unlimited named users.
P:1.2 The Vendor shall configure the software, develop interfaces to the Customer's finance system, door-lock system and group loyalty platform (the "Custom Interfaces"), migrate guest profiles and future reservations from the old system, install the software on the Customer's servers in Sanya and train the Customer's staff.
P:1.3 The software is installed on premises. The Vendor does not host any Customer data.
H:Article 2 Price
P:2.1 At the Customer's request all prices are stated and paid in CNY. The total Contract Price is CNY 1,520,000, including all taxes payable in the Maldives, as follows:
P:Perpetual licences, ReefPMS for six properties: CNY 780,000
P:Perpetual licences, ReefPOS module: CNY 210,000
P:Perpetual licences, ReefChannel channel manager: CNY 150,000
P:Licence subtotal: CNY 1,140,000
P:Configuration and Custom Interfaces: CNY 286,000
P:Data migration: CNY 64,000
P:Training: CNY 30,000
P:Total Contract Price: CNY 1,520,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 152,000) within 20 days after signature, against the Vendor's invoice.
P:3.2 55% of the Contract Price (CNY 836,000) after installation of the software at all six properties and go-live. Go-live is not acceptance.
P:3.3 35% of the Contract Price (CNY 532,000) within 30 days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall complete installation, migration and go-live at all six properties within 120 days after signature, following the project plan in Schedule 2.
P:4.2 If the Vendor misses the go-live date or the Final Acceptance date for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Final Acceptance takes place after a 30-day live run at all six properties. The acceptance criteria are: every function in Schedule 3 passes the agreed test scripts; the night audit completes within 20 minutes for each property; the Custom Interfaces post all transactions to the finance system without error during the live run; migrated guest profiles and reservations match the source records; and no Severity 1 incident remains open.
P:5.2 The Customer shall issue a Final Acceptance certificate within 10 business days after the criteria are met, or give reasons in writing. Go-live, use of the software in operation or payment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the software will perform materially in accordance with its documentation for 18 months after Final Acceptance and will correct any defect free of charge during that period.
P:6.2 After the warranty the Customer may buy annual support at 11% of the licence subtotal, that is CNY 125,400 per support year. This fee is fixed for the first three support years. Support is ordered by a separate purchase order each support year and does not renew automatically.
P:6.3 Service levels during warranty and support: Severity 1 (a property cannot check guests in or out, or the night audit fails) response within 30 minutes and a workaround within 6 hours; Severity 2 response within 2 hours; Severity 3 response on the next business day. Support is given 24 hours a day, 7 days a week, in English and Chinese.
P:6.4 For each hour by which the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 800, deducted from the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property in ReefPMS, ReefPOS and ReefChannel.
P:7.2 The Custom Interfaces, interface specifications and configuration scripts made for the Customer belong to the Customer, which may use, modify and license them freely. The Vendor shall deliver their source code before Final Acceptance.
H:Article 8 Customer Data and Data Security
P:8.1 Guest data, reservations, rates and all other data entered into the software ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each session approved by the Customer's IT manager. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when it handles Customer Data.
P:8.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data and shall cooperate in the response. The Vendor is liable for all losses caused by a breach of this Article, including fines and claims of guests.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information and shall use it only for this Agreement, during the term and for three years after it ends.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Article 8 or Article 9, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any subcontractor approved.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if liquidated damages under Article 4.2 reach their maximum. The Vendor shall then refund the payments for undelivered work.
P:12.2 The Vendor may terminate if the Customer fails to pay an undisputed amount within 60 days after written notice.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Maldives.
P:13.2 Any dispute shall first be negotiated in good faith for 30 days. If it is not settled, it shall be finally resolved by arbitration in Malé under the arbitration rules then in force in the Maldives, in English, by a sole arbitrator.
H:Article 14 General Provisions
{general}
P:Schedules: 1 Properties and modules; 2 Project plan; 3 Acceptance test scripts.
P:For the Vendor: Azure Reef Hospitality Systems Pvt Ltd, Malé. Name: ______ Signature: ______ Date: ______
P:For the Customer: Sanya Haitang Bay Resort Management Co., Ltd. Name: ______ Signature: ______ Date: ______
"""

H429E02 = """# ORDER FORM — THREADLINE SUPPLIER COMPLIANCE CLOUD

**Order Form No.** TL-OF-2026-0388

| Item | Detail |
|---|---|
| Provider | Threadline Technologies Ltd., House 42, Road 11, Banani, Dhaka 1213, Bangladesh |
| Customer | Ningbo Yongcheng Garment Trading Co., Ltd., Yinzhou District, Ningbo, People's Republic of China |
| Service | Threadline Supplier Compliance Cloud: factory audits, purchase order tracking, sample approval and shipment milestones |
| Users | 240 named users of the Customer and up to 90 supplier factory accounts |
| Subscription Term | Two Subscription Years, from the Service Start Date (planned 1 July 2026) to 30 June 2028 |
| Currency | CNY, at the Customer's request |

## Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 240 users, 90 factory accounts | 286,000 |
| Subscription Fee, Subscription Year 2 | same | 286,000 |
| Onboarding (one-time): configuration, data import of 1,850 purchase orders, two interfaces, training | fixed | 48,000 |
| **Total Order Value** | | **620,000** |

## Billing

1. The Onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days.
2. Each Subscription Fee is invoiced on the first day of the Subscription Year to which it relates and is payable within 30 days. The first Subscription Year starts on the Service Start Date.
3. No other fee is payable before the Service Start Date.

## Special conditions

1. The Provider shall complete Onboarding by 15 June 2026. For each day by which Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 as liquidated damages, up to CNY 24,000.
2. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for the Provider: __________ (Managing Director)    Signed for the Customer: __________ (General Manager)    Date: __________

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the Threadline cloud service described in the Order Form. "Customer Data" means all data, documents and images that the Customer, its users or its supplier factories upload to the Service. "Order Form" means the order form signed with these General Terms; if they conflict, the Order Form prevails.

## 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term and shall provide the support described in clause 5.

2.2 The Customer shall use the Service only for its own business and shall keep user passwords secret.

## 3. Onboarding and Acceptance

3.1 Onboarding covers the configuration of the Customer's audit checklists, approval workflows and milestone templates, the import of open purchase orders, the interfaces with the Customer's ERP system and freight-forwarder portal, and training for key users.

3.2 Onboarding Acceptance requires that: all open purchase orders are imported and reconcile with the ERP; both interfaces run for 10 consecutive business days without failed transactions; the configured workflows pass the Customer's test cases; and 20 key users have completed training. The Customer shall confirm acceptance in writing or list the defects within 5 business days after the Provider's notice of completion.

## 4. Service Levels

4.1 The Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 22:00 and 06:00 Beijing time.

4.2 Priority 1 incidents (the Service is unavailable or purchase orders cannot be updated) receive a response within 1 hour and a fix or workaround within 6 hours, at any time. Priority 2 incidents receive a response within 8 business hours.

4.3 If availability falls below the level in clause 4.1 in a month, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. A Priority 1 response more than one hour late earns a further credit of CNY 1,000 for each late hour. Credits are deducted from the next invoice.

## 5. Support

5.1 Support is given by e-mail, telephone and the support portal in English and Chinese, with a named customer success manager.

5.2 The Provider shall hold a quarterly review with the Customer on usage, incidents, service credits and the product roadmap, and shall announce changes that remove or materially reduce a feature at least 90 days in advance.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this agreement.

6.2 On expiry or termination the Provider shall make Customer Data available for export in CSV and PDF formats for 30 days and shall then delete it.

## 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party, including pricing, supplier lists and product designs, and shall disclose it only to employees and advisers who need it for this agreement and are bound by similar duties. This obligation lasts for three years after the agreement ends.

## 8. Intellectual Property

8.1 The Provider owns the Service and all its software. The audit checklists, workflows, report templates and interface mappings configured for the Customer belong to the Customer, which may use, modify and license them freely, also after the agreement ends.

## 9. Limitation of Liability

9.1 The Provider's total liability arising out of or in connection with this agreement shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 10. Subcontractors

10.1 The Provider shall not subcontract any part of the Service or Onboarding without the Customer's prior written consent and is responsible for the acts of any approved subcontractor.

## 11. Term and Termination

11.1 These General Terms apply for the Subscription Term stated in the Order Form.

11.2 Either party may terminate by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining period.

## 12. Governing Law and Disputes

12.1 At the Customer's request, this agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. General

{general}
"""

H429E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. ZZLK-EQ-2026-021
P:Buyer: Zhengzhou Lengyun Cold Chain Logistics Co., Ltd., Jingkai District, Zhengzhou, Henan Province, People's Republic of China.
P:Supplier: Indus Sensing Systems (Pvt.) Ltd., 18-B Industrial Estate, Kot Lakhpat, Lahore, Pakistan.
P:The Buyer operates a cold-chain distribution centre in Zhengzhou with 14 cold rooms and 3 freezer halls. After comparing three offers the Buyer selected the Supplier to supply and install a wireless temperature and humidity monitoring system. This Contract is on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply 620 wireless temperature and humidity sensors, 24 gateways, 2 edge servers and a perpetual licence of the ColdWatch monitoring software, and shall install, calibrate, configure and commission the system at the Buyer's site, together with alarm rules, dashboards and an interface to the Buyer's warehouse management system (WMS).
P:1.2 All sensors shall be calibrated against a reference traceable to a national metrology institute, with an accuracy of ±0.3 °C between −30 °C and +10 °C.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,180,000, fixed, delivered duty paid to the Buyer's site, including import duties, taxes, installation, calibration, training and all warranty services. Prices are shown in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor WTH-300|620|980|607,600
TB:2|LoRa gateway GW-16|24|6,500|156,000
TB:3|Edge server, redundant pair|2|48,000|96,000
TB:4|ColdWatch software, perpetual licence|1|180,000|180,000
TB:|Hardware and licence subtotal|||1,039,600
TB:5|Installation, calibration and commissioning|1|118,400|118,400
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||1,180,000
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 767,000) is paid within 30 days after all equipment is delivered and installed and the Buyer signs the Installation Certificate. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 413,000) is paid within 30 days after the Buyer signs the Final Acceptance Certificate.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 70 days and complete installation within 100 days after signature.
P:4.2 For each day of delay in delivery, installation or Final Acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance follows a 30-day trial run. The criteria are: every sensor reports at its configured interval with at least 998 of every 1,000 readings received; spot checks of 60 sensors with the Buyer's reference thermometer are within ±0.3 °C; alarms reach the duty phone and SMS within 60 seconds in all test cases; the WMS interface shows matching readings for every cold room; and no Severity 1 incident remains open.
P:5.2 Delivery, installation, use of the system or payment does not mean acceptance. Final Acceptance is only given by the Buyer's signed Final Acceptance Certificate.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective sensor, gateway or server and provide software updates free of charge, and shall keep 30 spare sensors at the site.
P:6.2 After the warranty the Buyer may order support at 7% of the hardware and licence subtotal per year, that is CNY 72,772 per year. This price is fixed for the first three years after the warranty. Support is ordered by the Buyer each year by purchase order and does not renew automatically.
P:6.3 Service levels: Severity 1 (monitoring lost for a cold room or freezer hall) response within 30 minutes and an engineer on site within 8 hours; Severity 2 response within 2 hours and resolution within 2 business days. The Supplier's partner engineers in Zhengzhou listed in Annex 2 provide site service.
P:6.4 For each hour by which a Severity 1 response or site attendance is late, the Supplier shall pay CNY 600.
H:Section 7 Data and Data Security
P:7.1 All temperature records, alarm logs and WMS data ("Buyer Data") belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 The edge servers are installed in the Buyer's server room. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN. The Supplier shall not copy Buyer Data off the site, shall follow the Buyer's information security rules and shall report any security incident within 12 hours.
P:7.3 The Supplier is liable for all loss caused by a data breach attributable to the Supplier or its personnel.
H:Section 8 Intellectual Property
P:8.1 Dashboards, alarm rules, the WMS interface and all configuration made for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier keeps its rights in the ColdWatch software and firmware, licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's customer lists and site layout, and shall not disclose it without prior written consent, during this Contract and for three years after.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Zhengzhou partner in Annex 2 is approved by signature of this Contract. The Supplier remains responsible for any subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund all amounts paid for undelivered or rejected items.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Section 14 General
{general}
P:Annex 1: Site plan and sensor positions. Annex 2: Approved partner and service contacts.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H429E04 = """# MANAGED FLEET CONNECTIVITY SERVICES AGREEMENT

Agreement No. MSL-ZS-2026-07

**Provider:** Mahé Satlink Ltd., Providence Industrial Estate, Victoria, Mahé, Republic of Seychelles.

**Customer:** Zhoushan Donghai Ocean Fishing Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China.

The Customer operates 42 ocean fishing vessels in the Indian Ocean and wishes to buy a managed satellite connectivity and vessel monitoring service. The Provider operates a managed network operations centre in Victoria and a service base in Port Victoria. The parties agree as follows.

1. **Services.** The Provider shall provide the managed services described in Schedule 1 for the 42 vessels listed in Schedule 3: satellite broadband for crew and operations, vessel position and catch-log reporting, the fleet monitoring portal, 24x7 network operations centre monitoring, and maintenance of the on-board terminals, which remain the Provider's property and are provided as part of the service.

2. **Term.** This Agreement starts on signature. The monthly service starts for the whole fleet on the Fleet Ready Date and runs for 36 months. The Agreement expires at the end of that period. Any extension requires a written amendment signed by both parties.

3. **Charges.** The charges are set out in Schedule 2. The Monthly Recurring Charge is CNY 60,900 for the fleet (CNY 1,450 per vessel). The Onboarding Charge is CNY 147,600, one-time. The total charges for the term are CNY 2,340,000. Data use above the fleet allowance in Schedule 2 is charged per gigabyte and is not included in that total. Vessels may be added at the per-vessel charge in Schedule 2 from the month in which their terminal is commissioned; a vessel sold or lost may be removed on 30 days' notice, and the charges are then adjusted.

4. **Invoicing.** The Onboarding Charge is invoiced after Fleet Ready Acceptance. The Monthly Recurring Charge is invoiced quarterly in arrears. Invoices are payable within 30 days. No advance payment is due.

5. **Onboarding.** The Provider shall install and commission terminals on all vessels during their port calls at Port Victoria or Zhoushan, configure the fleet portal and the interface to the Customer's catch-reporting system, and train the Customer's fleet officers and masters.

6. **Fleet Ready Acceptance.** The Provider shall notify the Customer when onboarding is complete. Fleet Ready Acceptance requires that every terminal registers on the network and passes a 72-hour link test at sea; position reports for each vessel arrive at the portal at the configured interval for 7 days; catch logs are transferred to the Customer's system without loss; and 40 fleet officers and masters have been trained. The Customer shall accept in writing or list the failures within 5 business days.

7. **Delay.** The Fleet Ready Date shall be no later than 150 days after signature. For each day by which it is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800, up to CNY 90,000.

8. **Service levels.** The service levels in Schedule 4 apply. Network availability per vessel is at least 99.5% per month, excluding periods when a vessel is outside the coverage map. Priority 1 incidents receive a response within 1 hour.

9. **Service credits.** If a service level is missed, the Customer receives the credits in Schedule 4. Credits are deducted from the next invoice.

10. **Customer Data.** Vessel positions, catch logs, crew communications metadata and all other data carried for or generated by the Customer ("Customer Data") belong to the Customer. The Provider may use Customer Data only to provide the services and shall not sell, disclose or analyse it for any other purpose.

11. **Data security.** The Provider shall encrypt Customer Data in transit and at rest, restrict access to named operations staff with multi-factor authentication, keep access logs for at least six months and follow the Customer's data export rules under the Data Security Law of the People's Republic of China. The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data and is liable for all loss caused by a breach of this clause.

12. **Intellectual property.** The Provider keeps its rights in the network, portal and terminal software. Reports, dashboards and interface mappings made for the Customer belong to the Customer, which may use, modify and license them freely.

13. **Liability.** Each party's total liability under this Agreement is limited to 150% of the total charges for the term, except for personal injury, wilful misconduct and breach of clause 11.

14. **Subcontracting.** The Provider shall not subcontract any part of the services without the Customer's prior written consent, except the satellite capacity purchased from the network operators named in Schedule 1, which are approved by signature.

15. **Minimum term.** The Customer commits to the full 36-month term. Neither party may end this Agreement before the end of the term, except under clause 16.

16. **Force majeure.** If a force majeure event prevents the services for more than 90 consecutive days, either party may end the affected services by written notice. Storms, piracy alerts or port closures that keep a vessel outside coverage are not force majeure for the Provider's network as a whole, but the time a vessel spends outside the coverage map is excluded from availability.

17. **Governing law and disputes.** This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center.

18. **Insurance and personnel.** The Provider shall keep marine equipment insurance for the terminals and public liability insurance with reputable insurers during the term. Engineers boarding the Customer's vessels shall hold valid seafarer safety training, follow the master's instructions and the Customer's safety rules, and shall be replaced at the Customer's reasonable request. The Provider shall give the Customer a list of its engineers before each vessel visit.

19. **Portal users.** The Customer may create up to 60 portal users at no extra charge. The Provider shall remove users within one business day of the Customer's request and shall keep the portal in Chinese and English.

20. **Reporting and reviews.** The Provider shall send a monthly service report with availability per vessel, incidents, data usage and credits due, and shall attend a quarterly service review with the Customer's fleet department. Each year the parties shall review the coverage map and the service plans and agree any change in writing.

21. **Notices and general.** Notices shall be in writing, in English or Chinese, by courier or e-mail to the addresses on the signature page. This Agreement with its Schedules is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent. The Provider shall issue invoices in CNY and comply with the anti-bribery and sanctions laws that apply to it.

Signed for the Provider: __________    Signed for the Customer: __________    Date: __________

## Schedule 1 — Service description

| Service element | Description |
|---|---|
| Satellite broadband | Ku-band service with two service plans (operations and crew), LEO backup where available |
| Position and catch-log reporting | Position every 15 minutes, catch log after each haul, electronic logbook export |
| Fleet portal | Web portal and mobile app for fleet officers, map view, alerts, usage reports |
| NOC monitoring | 24x7 monitoring of every terminal, proactive fault tickets |
| Terminal maintenance | Remote diagnostics, spare terminals at Port Victoria and Zhoushan, repair at the next port call |

## Schedule 2 — Charges (CNY)

| Charge | Basis | Amount |
|---|---|---|
| Monthly Recurring Charge | 42 vessels × 1,450 per month | 60,900 per month |
| Monthly charges for the term | 36 months × 60,900 | 2,192,400 |
| Onboarding Charge | One-time, after Fleet Ready Acceptance | 147,600 |
| Total charges for the term | | 2,340,000 |
| Data above the fleet allowance of 8,400 GB per month | Per GB | 35 |

## Schedule 3 — Vessels

| Group | Vessels | Home port |
|---|---|---|
| Tuna longliners | 28 | Port Victoria |
| Squid jiggers | 10 | Zhoushan |
| Carriers | 4 | Zhoushan |

## Schedule 4 — Service levels and credits

| Measure | Level | Credit if missed |
|---|---|---|
| Network availability per vessel | at least 99.5% per month | 5% of that vessel's monthly charge per 0.5 point below |
| Priority 1 response (vessel without any connectivity, distress reporting affected) | 1 hour, 24x7 | CNY 500 per late hour |
| Priority 1 restoration | 8 hours, or the next port call for hardware | CNY 300 per late hour |
| Priority 2 response | 8 hours | none |
| Portal availability | at least 99.95% per month | 2% of the Monthly Recurring Charge |
"""

H429E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DRK-API-2026-009

BETWEEN Druk Trails Data Services Pvt. Ltd., Norzin Lam, Thimphu, Kingdom of Bhutan ("Provider")
AND Kunming Caiyun Travel Service Co., Ltd., Wuhua District, Kunming, Yunnan Province, People's Republic of China ("Customer").

BACKGROUND
The Customer sells group and private tours to Bhutan. The Provider operates the TrailsFeed API, which supplies hotel availability and rates, licensed guide availability, tour permit status and route closure information. The Customer wishes to connect its booking platform to the API. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means the TrailsFeed REST API and its documentation. "Go-Live Date" means the date of Integration Acceptance. "Subscription Year" means the period from the Go-Live Date to the day before its first anniversary, and each following period between anniversaries. "Customer Data" means booking requests, traveller names and passport details, queries and all other data the Customer sends through the API.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive right to call the API from its booking platform and to show the data to its own customers during the term.
2.2 The subscription includes 3,000,000 API calls per Subscription Year, 20 calls per second at peak and access to the sandbox environment.
2.3 The Customer shall not resell the raw data feed or make it available to other travel agencies, but may show it on its own websites, apps and printed quotations.

3. TERM
3.1 The initial term is two Subscription Years from the Go-Live Date.

4. FEES
4.1 Prices are in CNY at the Customer's request.
4.2 Subscription fee: CNY 168,000 per Subscription Year, that is CNY 336,000 for the initial term.
4.3 Integration support (one-time): CNY 26,000, covering the mapping of hotel and guide codes, test data, two integration workshops and support during the Customer's testing.
4.4 Total fees for the initial term: CNY 362,000.
4.5 Calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5. PAYMENT
5.1 The integration support fee is invoiced after Integration Acceptance.
5.2 The subscription fee is invoiced quarterly in advance, CNY 42,000 per quarter, starting on the Go-Live Date. Invoices are payable within 30 days.

6. INTEGRATION AND ACCEPTANCE
6.1 The Provider shall deliver production credentials, final code tables and the integration support by 31 August 2026.
6.2 Integration Acceptance requires that: the Customer's test suite of 180 scenarios passes in the sandbox and in production; availability and rate data for the 64 hotels in the Customer's programme match the hotels' own confirmations in a sample of 200 checks; permit status updates arrive within 10 minutes of the official change; and the API meets the latency in clause 7.2 for 5 consecutive days.
6.3 If production credentials and code tables are late for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, up to CNY 15,000.

7. SERVICE LEVELS
7.1 The production API will be available at least 99.5% of each calendar month, measured by the Provider's monitoring at one-minute intervals, excluding maintenance announced 48 hours in advance.
7.2 The median response time of the API will not exceed 800 milliseconds.
7.3 Critical incidents (the API is unavailable or returns wrong availability data) receive a response within 2 hours and a fix or workaround within 8 hours, at any time. Other incidents receive a response within one business day.
7.4 SERVICE CREDITS. If monthly availability is below the level in clause 7.1, the Customer receives a credit of 10% of the monthly share of the subscription fee for each full percentage point below it. A late critical incident response earns a credit of CNY 200 per late hour. Credits are set off against the next invoice.

8. RENEWAL
8.1 After the initial term, this Agreement renews automatically for successive terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.
8.2 The Provider may increase the subscription fee for each renewal term by up to 7% by giving written notice at least 75 days before the end of the current term.

9. CUSTOMER DATA AND DATA SECURITY
9.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to answer the Customer's API calls and to forward bookings as instructed, and for no other purpose.
9.2 The Provider shall encrypt Customer Data in transit and at rest, limit access to named staff, delete passport details within 30 days after the end of the tour concerned, and comply with the Personal Information Protection Law of the People's Republic of China for data of Chinese travellers, including the rules on cross-border transfer.
9.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data and is liable for all loss, claims and fines caused by a breach of this clause.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the other party's non-public information, including rates, sales volumes and API credentials, during the term and for three years after it ends.

11. INTELLECTUAL PROPERTY
11.1 The Provider keeps its rights in the API, its database and the TrailsFeed content. The code mappings, adapters and test suites made for the Customer belong to the Customer, which may use, modify and license them freely.

12. LIMITATION OF LIABILITY
12.1 The Provider's total liability under this Agreement is limited to the fees paid by the Customer in the three months before the claim arose, except for breach of clauses 9 and 10.
12.2 Neither party is liable for indirect loss or loss of profit.

13. SUBCONTRACTING
13.1 The Provider shall not subcontract the operation of the API or the handling of Customer Data without the Customer's prior written consent.

14. TERMINATION
14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the period after termination.
14.2 On termination the Provider shall return or delete Customer Data as the Customer instructs.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

16. GENERAL
{general}

SIGNED for the Provider: __________  Name and title: __________  Date: __________
SIGNED for the Customer: __________  Name and title: __________  Date: __________
"""


def general(prefix, numfmt, doc, cust, sup):
    lines = []
    for i, para in enumerate(GENERAL_EN.strip().splitlines()):
        para = re.sub(r"^\{h\d?\}", "", para).replace("{doc}", doc).replace("{cust}", cust).replace("{sup}", sup)
        lines.append(prefix + numfmt.format(i + 1) + para)
    return ("\n" if prefix else "\n\n").join(lines)


H429E01 = H429E01.replace("{general}", general("P:", "14.{} ", "Agreement", "Customer", "Vendor"))
H429E02 = H429E02.replace("{general}", general("", "13.{} ", "agreement", "Customer", "Provider"))
H429E03 = H429E03.replace("{general}", general("P:", "14.{} ", "Contract", "Buyer", "Supplier"))
H429E05 = H429E05.replace("{general}", general("", "16.{} ", "Agreement", "Customer", "Provider"))

FILES = {  # key -> (file name, format, source)
    "h429z01": ("h429z01_market_regulator_special_equipment_platform.pdf", "pdf", H429Z01),
    "h429z02": ("h429z02_paper_mill_dcs_upgrade_maintenance.docx", "docx", H429Z02),
    "h429z03": ("h429z03_bookstore_chain_retail_saas.txt", "txt", H429Z03),
    "h429z04": ("h429z04_earthquake_bureau_rapid_report_om.txt", "txt", H429Z04),
    "h429z05": ("h429z05_ciba_factory_mes_supplier_template.md", "md", H429Z05),
    "h429e01": ("h429e01_resort_pms_licence_maldives_vendor.pdf", "pdf", H429E01),
    "h429e02": ("h429e02_garment_compliance_saas_order_form.md", "md", H429E02),
    "h429e03": ("h429e03_cold_store_sensors_pakistan_supplier.docx", "docx", H429E03),
    "h429e04": ("h429e04_fishing_fleet_managed_connectivity.md", "md", H429E04),
    "h429e05": ("h429e05_bhutan_tour_data_api_subscription.txt", "txt", H429E05),
}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped, deemed, value, TCO fee base)
DESIGN = {
    "h429z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                             False, "PRC", G], True, True, True, False, 1680000, 860000),
    "h429z02": ("hardware", [None, 0.25, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 6, False, False,
                             True, "PRC", G], True, True, True, False, 2800000, 2380000),
    "h429z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 1000 / 666000 * 100, None, None, True, None, None,
                          None, True, True, False, "PRC", S], True, True, None, False, 666000, None),
    "h429z04": ("services", [99.95, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None,
                             False, True, False, "PRC", S], True, False, None, False, 610000, None),
    "h429z05": ("software", [None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 25, False,
                             True, None, None, G], False, True, True, True, 700000, 520000),
    "h429e01": ("software", [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True,
                             False, "Maldives", G], True, True, True, False, 1520000, 1140000),
    "h429e02": ("cloud", [99.95, 1, True, "buyer", False, True, True, 500 / 620000 * 100, 6 / 24 * 100, None, True, None,
                          None, None, False, True, False, "PRC", S], True, True, None, False, 620000, None),
    "h429e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True,
                             False, "PRC", G], True, True, True, False, 1180000, 1039600),
    "h429e04": ("services", [99.5, 1, True, "buyer", True, True, False, 1800 / 2340000 * 100, 150, None, True, None, None,
                             None, False, False, False, "PRC", S], True, True, None, False, 2340000, None),
    "h429e05": ("cloud", [99.5, 2, True, "buyer", True, True, True, 300 / 362000 * 100, 3 / 24 * 100, None, True, None,
                          None, None, True, True, False, "PRC", S], True, True, None, False, 362000, None),
}
DESIGN_RULES = {  # what each draft was written to trigger
    "h429z01": [], "h429e03": [], "h429e01": ["CR-GOVERNING-LAW"],
    "h429z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h429z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h429z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h429z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h429e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h429e04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h429e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = licence/hardware subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = fee_base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(t, x, fee_base):
    """My reading of policy.md §3 (not project code)."""
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
        sh = tco_share(t, x, fee_base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name = FILES[key][0]
    cat, vals, sla, ld, capped, deemed, value, base = DESIGN[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = rules_from_labels(t, x, base)
    assert rules == sorted(DESIGN_RULES[key]), (key, rules, DESIGN_RULES[key])
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ---- thresholds: no value on a threshold, no threshold figure in any text
NUM = r"(?<![\d.,])"
THRESH = [
    ("99.9%", NUM + r"99\.9(?!\d)\s*(%|％|per\s*cent|percent)"),
    ("4 h", NUM + r"4\s*(-\s*)?(h\b|hours?\b|hrs?\b|小时|个小时)"),
    ("4 h zh/en words", r"(?<![十二三])四\s*(个)?\s*小时|\bfour[\s-]+hours?\b|" + NUM + r"240\s*(分钟|minutes?)"),
    ("0.05%", NUM + r"0\.05(?!\d)\s*(%|％)|万分之五(?![十一二三四五六七八九零〇])|千分之零点五|\b0\.5\s*‰"),
    ("100%", NUM + r"100(?![\d.,])\s*(%|％|per\s*cent|percent)|百分之百|百分之一百(?![零一二三四五六七八九十])|one hundred per\s*cent"),
    ("30%", NUM + r"30(?![\d.,])\s*(%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|三成|thirty per\s*cent"),
    ("12 months", NUM + r"12\s*(-\s*)?(个月|months?\b|mo\b)|(?<![二])十二个月|\btwelve[\s-]+months?\b|(?<![十第])一年|\bone[\s-]+year\b|"
     + NUM + r"1[\s-]+year\b|\ba year\b|一周年"),
    ("15%", NUM + r"15(?![\d.,])\s*(%|％|per\s*cent|percent)|百分之十五(?![一二三四五六七八九])|\bfifteen per\s*cent"),
    ("40%", NUM + r"40(?![\d.,])\s*(%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九])|四成|\bforty per\s*cent"),
    ("5 years", NUM + r"5\s*(-\s*)?(年(?!度)|years?\b)|(?<![十二三四五六七八九])五年|\bfive[\s-]+years?\b|" + NUM + r"60\s*(个月|months?\b)|六十个月|\bsixty months\b"),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成",
            "5年", "五年", "five years", "60 months", "4-hour", "12 months", "百分之十五", "百分之四十"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours", "99.5%",
             "130%", "0.5%", "2026年", "十二月", "第一年度", "25%", "45%", "35年", "万分之八", "百分之三十五", "1.5%",
             "25 years", "Subscription Year 1", "Subscription Year", "12 hours", "112 months", "4.5%", "240,000"]


def hits(text):
    out = []
    for name, rx in THRESH:
        for m in re.finditer(rx, text, re.I):
            out.append((name, m.group(0)))
    return out


def selftest():
    for s_ in MUST_HIT:
        assert hits(s_), s_
    for s_ in MUST_MISS:
        assert not hits(s_), (s_, hits(s_))


def check_text(key, text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for v in variants:
        h = hits(v)
        assert not h, (key, h[:5])


def check_label_values(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    sh = tco_share(t, x, DESIGN[key][7])
    if sh is not None:
        assert abs(sh - 40) > 2, (key, sh)
    return sh


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    src = {k: v[2] for k, v in FILES.items() if v[1] in ("pdf", "docx")}
    tg = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("pdf", "docx")}
    write(src, tg, OUT, wrap_words=True)
    for k, (name, fmt, s_) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(s_, encoding="utf-8")
    covered = set()
    for k, (name, fmt, s_) in FILES.items():
        raw = "\n".join(l.partition(":")[2] for l in s_.splitlines()) if fmt in ("pdf", "docx") else s_
        check_text(k, raw)
        check_text(k, s_)
        text = read_back(OUT / name)
        check_text(k, text)
        lang = "zh" if k[4] == "z" else "en"
        n = length(text, lang)
        assert (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650), (k, n)
        lab = label(k)
        sh = check_label_values(k, lab)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name} | {lang} | {n} | {', '.join(lab['expected_rules']) or '(none)'} | {risk(lab['expected_rules'])}"
              + (f" | TCO share {sh:.2f}" if sh is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [risk(label(k)["expected_rules"]) for k in FILES]
    print("all 20 rules covered; risks:", mix)


if __name__ == "__main__":
    build()
