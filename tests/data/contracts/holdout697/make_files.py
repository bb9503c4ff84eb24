"""holdout697: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the brief's checks (lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H697Z01 = """T:市聋人协会手语服务平台采购合同
P:采购项目编号：SLX-ZC-2025-0417　　合同编号：SLX-HT-2025-062
P:甲方（采购人）：某市聋人协会
P:乙方（供应商）：杭州手言信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就手语服务平台（以下简称“平台”）的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件及其澄清为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供手语服务平台软件（标准版）永久使用许可，许可范围为甲方及其下属各区服务站点，不限终端数量。
P:1.2 乙方按甲方需求定制开发以下模块：远程视频手语翻译模块、手语服务预约与派单模块、手语词库及视频素材管理模块、服务质量回访与统计模块，以及与市残联“一网通办”平台的对接接口。
P:1.3 乙方负责平台部署、数据初始化、联调测试、上线支持，并对甲方管理人员及手语翻译员进行操作培训。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾捌万捌仟元整（¥988,000），为固定总价，包括：平台软件许可费¥520,000；定制开发费¥386,000；实施部署费¥64,000；培训费¥18,000。
P:2.2 合同总价已包含软件、开发、部署、培训、差旅、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%，即¥197,600，作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥444,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥345,800。
P:3.4 甲方付款按照政府采购资金支付程序办理，乙方应配合提供所需材料。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成全部模块开发及部署，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件功能清单逐项实现；远程视频翻译在50路并发时画面延迟不超过1秒；预约派单全流程可用；与“一网通办”平台接口联调通过。
P:5.2 初步验收后平台试运行六十日。试运行期间未发生一级故障，且甲方会员、翻译员用户的意见已整改完毕的，甲方组织最终验收，并可邀请专家或第三方测评机构参加。最终验收须取得第三方机构出具的网络安全测评报告。
P:5.3 平台上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或视频翻译中断）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障于下一工作日处理。
P:6.3 乙方响应或修复超出上述时限的，每超时1小时扣减服务费¥500；月度可用率每低于承诺值0.01个百分点，扣减¥1,000，从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方可选择与乙方签订年度维护合同，年度维护费不超过平台软件许可费的8%（即每年不超过¥41,600），且前三年不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可。
P:7.3 乙方保证其提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的会员信息、服务记录、通话视频及其他数据均属于甲方，乙方仅为履行本合同而接触，不得用于其他任何目的，不得复制或留存。
P:8.2 乙方应落实网络安全等级保护要求，对个人信息采取加密存储、访问控制和操作日志审计措施，远程运维须经甲方审批。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全部承担。
H:第九条 保密
P:9.1 双方对履行本合同知悉的对方商业秘密、技术资料及听障人士个人信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，按未付金额的万分之三每日支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 甲方义务
P:14.1 甲方应指定项目联系人，及时提供需求确认、服务站点清单、现有手语视频素材及“一网通办”平台接口资料，并为乙方现场人员提供必要的办公条件。
P:14.2 甲方应组织会员代表和手语翻译员参加需求调研与试运行评价，意见应在收到乙方提交材料后七个工作日内书面反馈。
H:第十五条 项目管理
P:15.1 乙方应指派具有同类项目经验的项目经理负责本项目，每周向甲方提交项目周报，内容包括进度、问题清单、风险及下周计划。项目经理及核心开发人员未经甲方书面同意不得更换。
P:15.2 平台界面应符合信息无障碍设计要求，视频窗口、字幕和提示信息应便于听障人士使用，乙方在设计阶段应提交界面原型供甲方及会员代表确认。
P:15.3 乙方应为甲方培训管理员不少于三名、手语翻译员不少于二十名，并提供图文及手语视频版操作手册。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十个工作日内无息退还。
H:第十七条 不可抗力
P:17.1 因不可抗力导致不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行。
H:第十八条 通知
P:18.1 双方的通知应以书面形式送达合同首部所列地址或指定电子邮箱，以送达之日为准。
H:第十九条 廉洁
P:19.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权依照政府采购有关规定处理。
P:19.2 乙方应遵守残疾人权益保障相关法规，尊重听障人士的沟通习惯，对服务中的不当行为及时整改。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:日期：______年____月____日
"""

H697Z02 = """T:捻股合绳生产线控制系统改造及维保合同
P:合同编号：MS-JG-2025-019
P:甲方：某县宏达麻绳厂
P:乙方：常州捷纬自动化工程有限公司
P:甲方因生产需要，对厂内两条捻股合绳生产线的电气控制系统进行改造。双方经协商，就设备供货、软件许可、安装调试及后续维保事项订立本合同。
H:第一条 改造范围
P:1.1 乙方负责将甲方四台捻股机、两台合绳机原有继电器控制系统改造为PLC加伺服控制，实现捻距、张力、转速的自动调节与联动。
P:1.2 乙方提供生产线监控软件，实现设备状态监视、工艺配方管理、产量与断股统计、报警记录和班组报表。
P:1.3 乙方负责旧电气设备拆除、新设备安装接线、单机及联动调试、工艺参数配方开发及操作培训。
H:第二条 合同价款及明细
P:2.1 合同总价为人民币捌拾捌万肆仟元整（¥884,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|捻股机PLC控制系统|4套|68,000|272,000
TB:2|合绳机伺服驱动及张力控制系统|2套|96,500|193,000
TB:3|在线张力及捻距检测仪|6台|14,800|88,800
TB:4|工业触摸屏操作站|6台|9,200|55,200
TB:5|生产线监控软件许可（永久）|1套|138,000|138,000
TB:|软硬件小计|||747,000
TB:6|旧设备拆除及安装调试|1项|86,000|86,000
TB:7|工艺参数配方开发|1项|42,000|42,000
TB:8|操作及维修培训|1项|9,000|9,000
TB:|合计|||884,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%，即¥88,400，作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%，即¥486,200。到货签收和安装完毕不视为验收。
P:3.3 生产线改造通过最终验收后，甲方支付合同总价的35%，即¥309,400。
H:第四条 工期
P:4.1 乙方应于合同签订后四十五日内完成设备到货，并利用甲方安排的停产检修窗口完成改造，每条生产线停机时间不超过十日。
H:第五条 验收
P:5.1 改造完成后，双方按以下标准进行验收：各机台在额定转速下连续运行七十二小时无控制故障；捻距偏差不超过设定值的±2%；张力控制波动不超过±3%；断股自动停机响应时间小于0.5秒；监控软件数据与现场仪表一致，报表可正常生成。
P:5.2 连续运行合格后进入三十日试生产，试生产期间无重大故障的，甲方出具最终验收报告。试生产和甲方使用设备生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收，整改费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起三年。质保期内设备及软件出现非人为损坏的，乙方免费维修或更换。
P:6.2 一级故障（整线停机）乙方应在30分钟内远程响应，6小时内到达现场；二级故障（单机停机）2小时内响应，24小时内到达现场。
P:6.3 乙方响应或到场超过上述时限的，每超时1小时向甲方支付¥800。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的7%计算，即每年¥52,290，三年内不予上调，以甲方书面续签为准。
H:第七条 知识产权
P:7.1 PLC程序、触摸屏组态程序、工艺配方及为本项目编写的源代码，其知识产权归甲方所有，乙方应在验收时交付完整的源程序及注释，甲方可自行修改使用。
P:7.2 监控软件标准产品的知识产权归乙方所有，乙方授予甲方永久使用许可。
H:第八条 数据与网络安全
P:8.1 生产数据、工艺配方及设备运行数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方远程维护须事先经甲方同意并通过甲方指定的VPN进行，维护完毕及时断开；乙方应采取病毒防护和访问控制措施，因乙方原因导致数据泄露或控制系统被攻击的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在本项目中获悉的甲方工艺配方、产品规格、客户信息等商业秘密负有保密义务，未经甲方书面同意不得披露。本条在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 因乙方原因造成生产线停机超过约定时间的，乙方还应赔偿甲方的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。
H:第十一条 施工分包
P:11.1 电气安装接线工作可由乙方的合作施工单位实施，乙方应提前五个工作日书面告知甲方施工单位名称及人员名单，并对其工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交南通仲裁委员会仲裁。
H:第十四条 甲方配合
P:14.1 甲方应按双方确认的计划安排停产检修窗口，提供动力电源、压缩空气、吊装设备及安全交底，并指派熟悉工艺的设备主管配合调试。
P:14.2 甲方应提供现有设备电气图纸、工艺卡和产品规格表。因甲方未按计划停产造成的工期延误，乙方工期相应顺延。
H:第十五条 安全施工
P:15.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，佩戴劳保用品，动火、登高及带电作业须办理作业票。
P:15.2 乙方应在施工前提交施工方案及安全措施，经甲方设备科审核后实施。施工中因乙方原因造成人身伤害或财产损失的，由乙方负责。
P:15.3 改造期间拆除的旧电气元件、电缆归甲方所有，乙方应分类清点后交甲方仓库。
H:第十六条 技术资料及培训
P:16.1 乙方应在验收时交付电气原理图、接线图、PLC程序及注释、触摸屏组态文件、参数清单、备品备件清单及操作维护手册各两套，并提供电子版。
P:16.2 乙方应对甲方操作工及电工进行现场培训，内容包括设备操作、配方切换、常见故障判断和日常维护，培训后进行实操考核。
H:第十七条 备品备件
P:17.1 乙方随货提供一年用量的易损件，质保期满后乙方应继续以不高于本合同单价的价格供应备件，供应期不少于八年。
H:第十八条 不可抗力
P:18.1 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:第十九条 通知与联系
P:19.1 双方应指定项目联系人。涉及工期、验收、违约及费用的通知应以书面形式送达合同首部地址，以签收之日为送达日。
P:19.2 乙方应每周向甲方提交施工进度简报，说明已完成工作、下周计划及需甲方配合事项；遇到可能影响停产窗口的问题，应立即通知甲方设备主管。
H:第二十条 改造后的性能保证
P:20.1 乙方保证改造后各机台的产能不低于改造前水平，断股停机次数较改造前明显减少。验收后六个月内，乙方应每月回访一次，根据生产情况优化控制参数，不另收费。
P:20.2 改造后机台电耗应不高于改造前同等产量下的水平，乙方应协助甲方进行对比测试并出具记录。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

H697Z03 = """连锁网球馆订场及会员管理系统服务合同

合同编号：WQ-SAAS-2025-08

甲方：某市锐动网球运动管理有限公司（旗下45家连锁网球馆）
乙方：上海场动科技有限公司

甲乙双方经友好协商，就乙方向甲方提供订场及会员管理系统云服务和实施服务事宜，达成如下协议。

一、服务内容
（一）乙方通过其云平台向甲方45家门店提供订场及会员管理系统服务，包括：场地预订、教练排课、会员卡及储值管理、课包核销、门店收银、营销活动、经营报表和微信小程序。
（二）乙方负责实施服务：门店数据迁移（会员、储值余额、课包、预订记录）、小程序页面定制配置、与甲方财务系统的对账接口、门店人员培训。
（三）服务期限为两个服务年度，第一服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、费用
（一）订阅费按门店数计收，每店每服务年度¥6,800，45家门店每服务年度合计¥306,000，两个服务年度合计¥612,000。
（二）实施费为一次性费用¥88,000。
（三）合同总价为¥700,000。服务期内新增门店按同一单价按月折算。

三、付款
（一）实施费在系统上线验收合格后十五个工作日内一次付清。
（二）每个服务年度的订阅费分四期按季度支付，每期¥76,500，于每季度结束后十个工作日内支付。
（三）乙方应在付款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）验收标准：
1. 全部会员数据、储值余额、课包余次迁移后与原系统逐条核对一致；
2. 45家门店的订场、收银、核销流程完成实际业务测试；
3. 小程序在晚高峰时段预订页面打开时间不超过2秒；
4. 对账接口连续七日与财务系统数据一致；
5. 门店店长及前台人员培训完成并考核通过。
（三）甲方在验收合格后签署上线验收单。部分门店先行使用不视为整体验收合格。
（四）因乙方原因未按期上线的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨1点至5点之间并提前通知。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法订场、收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：下一工作日内答复。
（三）服务补偿：月度可用率未达到承诺的，按当月订阅费的5%抵扣；一级故障恢复超时的，每超时1小时按当月订阅费的1%抵扣，抵扣合计不超过当月订阅费。

六、数据
（一）会员资料、预订及消费记录等甲方业务数据归甲方所有。
（二）甲方同意，乙方可以将甲方数据经去标识化处理后，用于乙方的行业经营分析报告、产品功能改进及市场研究，该等使用在合同终止后仍可继续。
（三）乙方应依照《个人信息保护法》《数据安全法》落实数据安全措施，包括数据加密存储、分级访问权限、操作日志留存不少于六个月、每日备份；发生数据泄露的，乙方应在2小时内通知甲方，并承担因其原因造成的损失。
（四）合同终止后三十日内，乙方应将甲方数据完整导出交付甲方，并在交付确认后删除。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、对账接口程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改及委托第三方开发。

八、保密
双方对因本合同知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、续期
服务期满前三十日双方均未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整订阅单价，调整幅度不超过上一服务年度单价的8%，并以乙方发出的续期通知为准。

十、分包
乙方不得将本合同项下服务转包；确需将数据迁移等辅助工作分包的，须事先取得甲方书面同意。

十一、违约与解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的未履行期间费用。
（二）乙方累计两个月可用率未达标的，甲方有权解除合同。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十三、服务变更
（一）甲方新增或关闭门店的，应提前十五日书面通知乙方，订阅费自门店开通或关闭之日起按月折算增减。
（二）甲方需要新增定制功能的，双方另行签订补充协议，明确需求、价格和交付时间。
（三）乙方调整平台标准功能的，不得降低本合同约定的功能和服务水平；确需下线某项功能的，应提前六十日通知甲方，并提供替代方案或相应减免费用。
（四）乙方应保证平台支持微信支付、支付宝等主流支付方式及电子发票开具，支付资金直接结算至甲方账户，乙方不得截留或代收甲方会员款项。

十四、甲方义务
（一）甲方应指定项目负责人和各门店联络人，按乙方提供的模板整理会员、课包及场地基础资料，并确保数据来源合法。
（二）甲方应组织门店店长和前台人员参加培训，并在上线前完成门店网络、收银设备和扫码设备的准备。
（三）甲方负责其会员的服务协议及隐私告知，乙方应提供符合法律要求的告知文本模板供甲方使用。

十五、培训与支持
（一）乙方应在上线前为每家门店至少一名店长和两名前台人员提供线上培训，并为甲方总部运营人员提供两次集中培训。
（二）服务期内，乙方提供每日早8点至晚11点的在线客服支持，并为甲方配备专属客户成功经理，每季度提交一次系统使用分析报告。
（三）乙方新版本上线前应至少提前五个工作日通知甲方，涉及门店操作流程变化的，应同时提供操作说明。

十六、不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力持续期间的订阅费按实际可用天数折算。

十七、通知
双方通知以书面或电子邮件方式送达合同首部地址及双方指定邮箱，电子邮件发出之日视为送达。

十八、门店上线安排
（一）乙方应按甲方确认的批次分三批完成门店上线，每批门店上线前完成数据核对和模拟运营，上线当日派人远程值守，首周每日跟踪门店使用问题并形成问题清单。
（二）切换期间，乙方应保证原系统数据只读可查，会员储值余额和课包余次在切换前后保持一致；出现差异的，乙方应在二十四小时内查明原因并协助甲方向会员说明。
（三）门店上线后，乙方应协助甲方完成会员小程序的推广配置，包括入会礼包、优惠券和储值活动模板。

十九、系统对接
乙方应开放标准接口，支持甲方现有门禁闸机、灯光控制和财务系统对接。接口文档应在上线前提交甲方，接口变更应提前三十日通知甲方并保证向下兼容。乙方应提供接口测试环境，供甲方及其第三方供应商联调使用。

二十、其他
本合同一式四份，双方各执二份，自双方签章之日起生效。

甲方（盖章）：
乙方（盖章）：
签订日期：
"""

H697Z04 = """社区学院教务管理系统年度运维服务合同

项目编号：SQXY-CS-2025-11（竞争性磋商）
合同编号：SQXY-YW-2025-031

甲方：某区社区学院
乙方：南京启学信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方教务管理系统年度运维服务事宜订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

第一条 服务范围
1. 运维对象：甲方教务管理系统，包括学籍管理、排课、选课、成绩管理、考务管理、教学评价六个子系统，以及与统一身份认证平台、学费收缴平台的接口。
2. 服务内容：日常巡检、故障处理、数据库维护与备份、应用版本补丁、学期初排课及选课保障、期末成绩录入保障、用户咨询及小范围功能调整。
3. 乙方应派驻一名驻场工程师，工作日在甲方现场值守；选课及成绩录入集中期间增派一名工程师。

第二条 服务期限
服务期限自2025年9月1日起至2026年8月31日止。期满后本合同终止，甲方将另行组织采购。

第三条 服务费用及支付
1. 本合同运维服务费总额为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，含人工、差旅、工具、备件更换人工及税费。
2. 服务费按季度支付：每季度结束并经甲方季度考核后十个工作日内，甲方支付当季服务费¥117,000。
3. 季度考核扣减的金额在当季服务费中直接扣除。

第四条 服务水平
1. 教务系统在教学周期间的月度可用率应不低于99.95%。
2. 故障分级及时限：
（1）一级故障（系统整体不可用，或选课、成绩录入期间核心功能中断）：15分钟内响应，1小时内恢复；
（2）二级故障（单一子系统或接口不可用）：30分钟内响应，6小时内恢复；
（3）三级故障（个别功能异常或咨询）：2小时内响应，两个工作日内解决。
3. 乙方每月提交运维月报，内容包括巡检记录、故障清单、处理时长、备份记录及改进建议。
4. 考核扣减：一级故障恢复每超时1小时扣减¥2,000；二级故障恢复每超时1小时扣减¥500；月度可用率每低于承诺值0.01个百分点扣减¥1,000；季度内扣减总额以当季服务费为限。

第五条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：服务水平达成情况、巡检和备份是否按计划完成、驻场人员出勤、用户满意度（抽样调查不低于90分）。
2. 服务期满前三十日内，甲方组织年度验收，验收标准为：全年各季度考核均合格；系统文档、配置清单、运维脚本和知识库完整移交；数据库全量备份可恢复性验证通过。
3. 年度验收不合格的，乙方应在十五日内整改，整改期间不另收费用。

第六条 数据安全
1. 教务系统中的学生学籍、成绩、身份信息及其他数据均属于甲方，乙方仅能为提供运维服务而访问，不得复制、下载、留存或用于其他目的。
2. 乙方人员须通过甲方堡垒机操作，使用个人账号，禁止共用账号；涉及成绩数据的修改须经甲方教务处书面审批并留痕。
3. 乙方应遵守《个人信息保护法》《数据安全法》，发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合调查处置，并承担因其原因造成的全部损失及相应法律责任。

第七条 成果归属
乙方在服务期内编写的运维脚本、配置文档、知识库和小范围功能调整的程序代码，其知识产权归甲方所有，乙方应随月报或在年度验收时移交。

第八条 人员管理
1. 驻场工程师应具备三年以上同类系统运维经验，乙方更换驻场人员须提前十日通知甲方并经甲方认可。
2. 乙方不得将本合同项下服务转包或分包给任何第三方。

第九条 违约责任
1. 乙方未能在学期初排课、选课或期末成绩录入前按甲方书面要求的日期完成保障准备工作的，每逾期一日按合同总价的千分之一支付违约金。
2. 因乙方运维操作失误造成数据损坏的，乙方应负责恢复并赔偿甲方损失。
3. 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后继续履行。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十二条 甲方配合
1. 甲方应指定教务处专人作为运维联系人，提供系统账号、文档、网络拓扑及历史故障记录。
2. 甲方应为驻场工程师提供办公场所和必要的网络接入条件，并提前告知学期排课、选课、考试及成绩录入的时间安排。
3. 甲方对系统进行重大变更前，应提前通知乙方并听取乙方意见。

第十三条 交接
1. 服务开始后十五日内，乙方应完成与上一运维单位的交接，形成交接清单，列明系统版本、服务器配置、账号权限、已知问题和备份策略，并经甲方确认。
2. 服务期满前三十日内，乙方应配合甲方完成向下一运维单位的交接，移交全部运维资料和账号清单，协助新单位熟悉系统，交接期间不得中断服务。

第十四条 巡检与备份
1. 乙方每日检查应用服务、数据库、中间件及接口运行状态；每周检查服务器磁盘、日志及安全补丁情况；每学期开学前进行一次全面健康检查并提交报告。
2. 数据库每日增量备份、每周全量备份，备份数据存放于甲方指定的异地存储；每学期至少进行一次恢复演练。
3. 乙方实施补丁或配置变更前应提交变更方案，经甲方批准后在非教学时段进行。

第十五条 小范围功能调整
1. 服务期内，乙方应根据甲方书面要求完成小范围功能调整，包括报表格式修改、查询条件增加、流程节点配置和数据字典维护，全年合计不超过六十人天，不另收费。
2. 每项调整须经甲方确认需求，乙方在测试环境验证通过并经甲方确认后方可发布至生产环境。
3. 超出上述人天的调整或新增功能开发，由双方另行协商。

第十六条 服务人员
1. 乙方驻场工程师应遵守甲方作息及管理制度，着装整洁，文明服务。
2. 驻场工程师因病、休假不能到岗的，乙方应安排同等能力人员临时替代，并提前告知甲方。
3. 甲方认为驻场人员不能胜任的，可要求乙方更换，乙方应在七日内安排更换。

第十七条 运维工具
乙方自带的运维工具应为正版软件，在甲方网络中使用前应经甲方安全检测；服务期满后，乙方应删除留存在甲方环境中的工具及临时账号。

第十八条 安全管理
1. 乙方人员使用的电脑应安装甲方认可的防病毒软件，不得在甲方网络中接入无线路由器或其他未经批准的设备。
2. 乙方发现系统存在安全漏洞或异常访问的，应立即报告甲方信息中心，并在甲方指导下采取封堵措施。
3. 上级主管部门开展网络安全检查时，乙方应配合提供运维记录和整改材料。

第十九条 满意度评价
每学期末，甲方向教师和学生抽样发放运维服务满意度问卷，结果作为季度考核依据之一，乙方应针对意见较集中的问题提出改进计划，并在下一学期开学前完成整改，整改情况纳入下一季度考核。

第二十条 其他
1. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
2. 本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方（盖章）：
乙方（盖章）：
日期：
"""

H697Z05 = """# 智造溯源MES软件许可及实施合同

**乙方标准合同文本 ZZSY-HT-V3.0**

合同编号：ZZSY-2025-0736

甲方：某市飞旋陀螺玩具制造有限公司

乙方：东莞智造溯源软件有限公司

甲方拟在其压铸车间和装配车间实施生产追溯系统，经双方协商一致，依据乙方标准合同文本订立本合同，条款如下。

## 第一条 合同标的

1.1 乙方向甲方提供“智造溯源MES”软件标准版永久使用许可，包含压铸管理、装配管理、质量管理、批次追溯四个模块，授权甲方一个工厂使用。

1.2 乙方根据甲方需求进行定制开发：压铸机工艺参数（料温、模温、压射速度、保压时间）自动采集；装配工位扫码及防错；陀螺产品从合金锭批次到成品包装的正反向追溯报表；与甲方现有ERP系统的物料及工单接口。

1.3 乙方负责软件安装部署、基础数据导入、现场实施和用户培训。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造溯源MES软件许可（标准版，四模块） | 980,000 |
| 2 | 定制开发（参数采集、扫码防错、追溯报表、ERP接口） | 296,000 |
| 3 | 实施部署及培训 | 84,000 |
| | 合计 | 1,360,000 |

2.2 上述价格不含甲方现场网络改造、工控机、扫码枪及服务器等硬件，该等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥884,000。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥476,000。

3.3 甲方未按期付款的，乙方有权暂停实施工作，工期相应顺延，并按未付金额每日千分之一收取违约金。

## 第四条 实施周期

4.1 乙方在收到3.1条款项后九十日内完成软件部署及定制开发，具备上线条件。

4.2 甲方应按乙方要求提供现场条件、基础数据和配合人员；因甲方原因导致延误的，工期顺延。

## 第五条 上线与验收

5.1 乙方完成安装部署并通知甲方后，系统即进入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方如对系统功能有意见，应在上线后七日内书面提出，逾期未提出的视为无异议。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告一级故障（系统无法登录或追溯数据无法写入）的，乙方在8小时内响应；其他故障在两个工作日内响应。

6.3 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费按软件许可费的25%计收，即每年¥245,000，服务内容包括版本升级、缺陷修复和远程支持。

6.4 因甲方操作不当、硬件故障、网络故障或擅自修改系统造成的问题，不属于免费维护范围，乙方按人天另行收费。

## 第七条 知识产权

7.1 本合同项下软件许可及定制开发形成的全部成果（包括定制功能、接口程序、报表模板、源代码和文档），其知识产权均归乙方所有。

7.2 甲方仅获得在本合同约定工厂范围内使用上述成果的非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、质量数据及追溯记录归甲方所有，乙方仅为实施和维护目的接触，不得用于其他用途。

8.2 乙方远程维护须经甲方授权并通过甲方指定的方式接入，乙方应采取访问控制、操作留痕和防病毒措施；因乙方原因导致甲方数据泄露或损毁的，乙方负责恢复并承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息、产品工艺和经营信息负有保密义务，未经对方书面许可不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因逾期具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失，但双方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同解除后，已支付的软件许可费不予退还。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十三条 双方责任

13.1 甲方应在实施前完成服务器、工控机、扫码枪及车间网络的采购和安装，服务器配置应满足乙方提出的最低配置要求。

13.2 甲方应指定项目负责人及压铸、装配、质量、仓储等部门的关键用户，按乙方实施计划参加需求确认、数据准备、测试和培训。

13.3 乙方应指派实施顾问驻场实施，驻场天数以实施计划为准；超出实施计划的驻场天数，按每人天¥2,800另行计费。

13.4 甲方提出的需求变更，经双方确认后另行计价，工期相应顺延。

## 第十四条 培训

14.1 乙方为甲方关键用户提供系统操作培训和管理员培训各一次，培训地点在甲方工厂。

14.2 甲方其他人员的培训由甲方关键用户负责；甲方需要乙方增加培训的，按人天另行计费。

## 第十五条 不可抗力

15.1 因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十六条 系统使用

16.1 甲方应按乙方提供的用户手册使用系统，不得擅自修改数据库结构或系统配置，否则由此产生的问题由甲方自行承担。

16.2 软件许可授权按工厂计算。甲方增加工厂、车间或用户数量超出授权范围的，应另行向乙方购买许可。

16.3 乙方发布的新版本是否适用于甲方定制功能，由乙方评估确定；定制功能在新版本上的适配，按人天另行计费。

16.4 甲方应做好服务器的日常备份和防病毒工作，乙方可应甲方要求提供备份策略建议。

## 第十七条 通知

17.1 双方的通知以书面或电子邮件形式发送至合同首部地址或双方项目负责人的邮箱。

## 第十八条 实施文档

18.1 乙方在实施过程中向甲方提交实施计划、需求确认书、系统配置说明、用户手册和培训记录，定制开发部分的源代码不向甲方提供。

18.2 甲方应在收到需求确认书后五个工作日内签字确认，逾期未确认的视为甲方同意。

18.3 系统上线后，甲方车间的压铸机、装配线如有增加或变更，需要新增数据采集点的，由乙方另行报价实施。

18.4 乙方实施顾问在甲方现场期间，应遵守甲方车间安全管理规定，进入压铸区域须穿戴防护用品。甲方应为实施顾问提供临时办公位置和网络条件，并安排关键用户全程参与测试，测试结果由双方签字确认。

## 第十九条 其他

19.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

19.2 本合同附件包括：附件一 软件功能清单；附件二 定制开发需求说明；附件三 实施计划。

甲方（盖章）：__________

乙方（盖章）：__________

签订日期：______年____月____日
"""

H697E01 = """T:Software Licence and Services Agreement
P:Agreement No. CCS-NB-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haixin Marine Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Cedar Coast Software S.A.L., a company incorporated in Lebanon with its principal office on Riad El Solh Street, Sidon, Lebanon (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's AssetLine maintenance management software for its two production plants, together with implementation, configuration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the AssetLine Enterprise software in object code, version 8.2 or later, with the modules listed in Annex 1 (work orders, preventive maintenance, spare parts inventory, asset register, mobile inspection and reporting).
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion scripts, configurations and documents prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including asset records, maintenance histories, inspection photographs and personal information of the Customer's staff.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in the People's Republic of China for up to 260 named users and 80 mobile devices, for the internal business of the Customer and its subsidiaries.
P:2.2 The Vendor shall perform the following services: installation on the Customer's servers; configuration of the asset hierarchy for both plants; migration of the existing equipment register and five years of maintenance history from spreadsheets and the legacy system; an interface to the Customer's ERP system for spare parts purchase requisitions and cost postings; twelve standard and six custom reports; user and administrator training.
P:2.3 The Vendor shall work remotely from Sidon and on site in Ningbo as set out in the project plan in Annex 2. Travel and living costs of the Vendor's staff are included in the Contract Price.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,080,000, fixed, consisting of: Software licence fee CNY 840,000; implementation and interface services CNY 212,000; training CNY 28,000.
P:3.2 The Contract Price includes all taxes payable in Lebanon. Withholding tax in China, if any, is borne as required by law and the Customer shall provide the tax certificates.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 216,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 486,000) within 20 days after the Software is installed, the data migration is complete and the Customer signs the installation record. The installation record is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 378,000) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and data migration within 100 days after signature and shall then give notice that the system is ready for acceptance testing.
P:5.2 The acceptance tests shall show that: every function listed in Annex 1 works as described; all migrated asset records and maintenance histories reconcile with the source records without error; the ERP interface transfers requisitions and cost postings correctly for 20 consecutive working days; a work order screen opens within 3 seconds with 150 concurrent users; and the mobile application works offline and synchronises without data loss.
P:5.3 After passing the tests, the system runs in production for a trial period of 45 days. If no Severity 1 fault occurs in that period and all recorded defects are closed, the Customer issues the Final Acceptance certificate. Go-live, use of the system or payment of any instalment is not acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect within 10 days at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 24 months after Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide remote support free of charge.
P:6.2 Support requests are classified by severity. For Severity 1 (the system is unavailable or work orders cannot be created at either plant) the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours. For Severity 2 the response time is 2 hours and for Severity 3 the next business day.
P:6.3 If the Vendor misses a response or fix time, the Customer may deduct CNY 1,000 for each full hour of delay from the next payment due or claim it as a service credit.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee is 9% of the Software licence fee (CNY 75,600 per year) and shall not be increased for three years after the warranty ends. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 Remote access by the Vendor is permitted only through the Customer's VPN with multi-factor authentication, per session and with the Customer's approval, and all sessions are logged. Customer Data shall not be transferred out of the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, notify the Customer within 12 hours after becoming aware of any security incident, assist with remediation and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Lebanon.
P:13.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be finally settled by the competent courts of Sidon, Lebanon.
H:Article 14 Project Management and Customer Duties
P:14.1 Each party shall appoint a project manager. The Vendor's project manager shall send a weekly progress report listing completed tasks, open issues, risks and the plan for the next week, and shall attend a weekly video meeting with the Customer's project team.
P:14.2 The Customer shall provide the server environment, network access, the legacy data extracts, the ERP interface specifications and key users from both plants at the times stated in the project plan. Where the Customer's delay affects the schedule, the dates in Article 5 are extended accordingly.
P:14.3 The Vendor shall not replace its project manager or lead consultant without the Customer's prior agreement, except in case of illness or resignation, and shall then provide a replacement of equal experience.
H:Article 15 General
P:15.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:15.2 Annex 1 (Module and Function List) and Annex 2 (Project Plan) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H697E02 = """# Subscription Order Form

**FibreTrace Quality Cloud — Order Form No. FTQ-CN-2025-031**

This Order Form is entered into between **FibreTrace Analytics (Private) Limited**, a company incorporated in Pakistan with its office on Bosan Road, Multan, Pakistan ("Provider"), and **Wuxi Jinhua Textile Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Xishan District, Wuxi ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

Provider grants Customer access to the FibreTrace Quality Cloud service for cotton bale and yarn quality management: bale-lot grading, HVI test result import, laydown mix planning, yarn lot traceability, supplier scorecards and management dashboards. The subscription covers 3 spinning mills, 120 named users and 40 read-only supplier accounts.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date confirmed under A5. The Subscription Term ends at the end of the 24th month. Any renewal requires a new Order Form signed by both parties; the subscription does not renew automatically.

### A3. Fees

| Item | Description | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 3 mills, 120 users, 40 supplier accounts | 264,000 |
| Subscription, Year 2 | same scope | 264,000 |
| Onboarding | configuration, data import of two seasons of bale records, ERP lot interface, training | 46,000 |
| **Total** | | **574,000** |

Fees are exclusive of value-added tax, which is added at the applicable rate. Additional users may be added at CNY 1,800 per user per year, pro rata.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, in eight equal quarterly instalments of CNY 66,000, the first on the Go-Live Date. The Onboarding fee is invoiced after Go-Live acceptance under A5. Customer pays each correct invoice within 30 days of receipt. No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live

Provider shall complete onboarding within 45 days after signature. Go-Live acceptance requires that: (a) the bale records of the last two seasons are imported and reconcile with Customer's source files without discrepancy; (b) HVI results from all three mills import automatically for 10 consecutive working days; (c) the ERP lot interface passes the agreed test script; (d) dashboards load within 3 seconds; and (e) key users at each mill have completed training. Customer confirms Go-Live in writing within 5 working days after a successful test. If Go-Live is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

### A6. Service Levels

Provider commits to a monthly availability of 99.95% for the production service, excluding scheduled maintenance announced 48 hours in advance and performed between 00:00 and 05:00 Beijing time. Incidents are handled as follows: Priority 1 (service unavailable or data import stopped for all mills) response within 30 minutes and restoration within 6 hours; Priority 2 response within 2 hours; Priority 3 response within one business day. If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. A missed Priority 1 restoration time earns a further credit of 2% of the monthly fee for each hour.

## Part B — General Terms

### 1. Use of the Service

1.1 Customer may use the service for its internal business during the Subscription Term within the scope in A1.

1.2 Customer shall keep its user credentials secure and is responsible for the activity of its users.

1.3 Provider may update the service from time to time, provided that updates do not materially reduce the functions described in A1.

### 2. Customer Data

2.1 "Customer Data" means all data that Customer or its users submit to the service, including bale records, test results, supplier information and lot histories.

2.2 As between the parties, Customer owns Customer Data.

2.3 Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form to compile industry quality benchmarks, to train and improve Provider's grading models and to develop new products. This licence survives the end of the Subscription Term.

2.4 Within 30 days after the Subscription Term ends, Provider shall make Customer Data available for export in CSV format and shall then delete it from the production service.

### 3. Security

3.1 Provider hosts the service for Customer in a data centre located in the People's Republic of China operated by a licensed cloud provider, and Customer Data shall not leave the People's Republic of China.

3.2 Provider shall maintain encryption in transit and at rest, role-based access control, logging of administrative access, daily backups kept for 30 days and annual penetration testing.

3.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it and compensate Customer for the losses caused by Provider's failure to comply with this Section 3.

### 4. Intellectual Property

4.1 Provider owns the service, its software and its documentation.

4.2 Customer-specific configurations, report templates and the ERP lot interface mapping prepared during onboarding belong to Customer, which may use, modify and give them to third parties without restriction.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 These obligations last for three years after the end of the Subscription Term.

### 6. Subcontractors

6.1 Provider may use affiliates and subcontractors, including hosting providers and support partners, to provide the service. Provider shall inform Customer of any new subcontractor by written notice at least 15 days before it starts work and remains responsible for their performance.

### 7. Liability

7.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

7.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for fraud or for death or personal injury caused by negligence.

### 8. Term and Termination

8.1 This Order Form starts on signature and continues until the end of the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.3 If Customer terminates under Section 8.2, Provider shall refund the prepaid fees for the period after termination.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. Customer Responsibilities

10.1 Customer shall provide the bale records, HVI export files, ERP interface specifications and test data needed for onboarding, and shall make key users from each mill available for configuration workshops and training.

10.2 Customer is responsible for the accuracy of the data it submits and for the use its staff make of the grading results and mix plans produced by the service.

10.3 Customer shall not attempt to access parts of the service that are not made available to it, interfere with its operation or use it to store unlawful content.

### 11. Support and Service Reviews

11.1 Provider provides support in English and Mandarin through its support portal, by e-mail and by telephone. Priority 1 incidents may be reported at any time; other requests are handled between 08:00 and 20:00 Beijing time on working days.

11.2 Provider shall send Customer a monthly service report showing availability, incidents, response and restoration times and service credits earned, and shall hold a quarterly review with Customer's quality manager to discuss usage, open issues and planned changes to the service.

11.3 Provider shall give at least 30 days' notice of any change to the service that affects Customer's configurations, integrations or user workflows, and shall provide updated documentation before the change takes effect.

11.4 Provider shall keep the service compatible with the current and previous major versions of the web browsers used by Customer and with the HVI export formats of the testing instruments installed at Customer's mills, and shall inform Customer before support for any format is withdrawn.

### 12. General

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Notices shall be given in writing in English to the addresses above.

12.3 This Order Form is signed in two counterparts in English.

For Provider: ____________________    For Customer: ____________________
"""

H697E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. HZC-EQ-2025-088
P:Buyer: Huzhou Zhongshan Cement Co., Ltd., registered in Changxing County, Huzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Waitukubuli Instruments Ltd., a company registered in the Commonwealth of Dominica, with its office at Hanover Street, Roseau, Dominica (the "Supplier").
P:The Buyer intends to install wireless vibration and temperature monitoring on the rotating equipment of its two clinker lines (kiln drives, raw mills, cement mills, fans and conveyors). This Contract is made on the Buyer's standard terms for equipment purchases, following the Buyer's request for quotation and the Supplier's quotation.
H:1. Scope of Supply
P:1.1 The Supplier shall supply wireless vibration and temperature sensors, gateways and a perpetual licence of its condition monitoring software, and shall install, configure and commission them at the Buyer's plant.
P:1.2 The software shall provide trend displays, alarm limits, spectrum analysis, bearing fault indicators, an asset tree for both clinker lines and monthly health reports, and shall pass alarms to the Buyer's central control room DCS through an OPC UA interface.
P:1.3 The Supplier shall train the Buyer's maintenance engineers and control room operators.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,010,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|2,650|477,000
TB:2|Industrial wireless gateway with mounting kit|12|8,400|100,800
TB:3|Condition monitoring software, perpetual licence, 200 measuring points|1|296,000|296,000
TB:|Hardware and Licence Subtotal|||873,800
TB:4|Installation, configuration and commissioning|1|115,200|115,200
TB:5|Training of maintenance engineers and operators|1|21,000|21,000
TB:|Total Contract Price|||1,010,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's plant (DDP), customs clearance, duties, insurance, installation materials, travel of the Supplier's staff and all taxes.
H:3. Payment
P:3.1 Within 15 days after signature, and against an advance payment bank guarantee of the same amount issued by a bank in mainland China, the Buyer pays an advance of 10% of the Contract Price (CNY 101,000).
P:3.2 Within 30 days after all equipment is delivered and installed and the Buyer signs the installation certificate, the Buyer pays 55% of the Contract Price (CNY 555,500). The installation certificate does not mean acceptance.
P:3.3 Within 30 days after Final Acceptance, the Buyer pays the remaining 35% of the Contract Price (CNY 353,500).
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 75 days after signature and complete installation within 30 days after delivery, in line with the Buyer's kiln shutdown plan.
P:4.2 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Acceptance testing shall verify that: all 180 sensors report to the software at the configured interval; at least 98% of scheduled readings from every gateway arrive in each 24-hour period during a 14-day test run; vibration readings agree with a calibrated portable analyser within plus or minus 5% at ten sample points chosen by the Buyer; alarms reach the DCS within 10 seconds; and sensor batteries show an expected life of at least three years.
P:5.2 After successful testing, the system runs for 60 days. If no Severity 1 fault occurs in that period, the Buyer issues a Final Acceptance certificate. Installation, use of the system or any payment does not constitute acceptance.
P:5.3 If a test fails, the Supplier shall remedy the defect within 10 days at its own cost and the test shall be repeated.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors, gateways and batteries free of charge and provide software updates and technical support.
P:6.2 Faults are classified by severity. For Severity 1 (loss of monitoring for a whole clinker line, or alarms not reaching the DCS) the Supplier shall respond within 1 hour and arrive on site within 24 hours if remote repair is not possible. For Severity 2 faults the response time is 2 hours, and for Severity 3 faults the next working day.
P:6.3 For each hour by which the Supplier exceeds a response or on-site time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Supplier shall provide annual support for a further three years at 8% of the Hardware and Licence Subtotal per year (CNY 69,904), fixed for those three years. Annual support is ordered by the Buyer each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The software and sensor firmware remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually for use at the Buyer's plants.
P:7.2 The asset tree, alarm configurations, OPC UA mapping, report templates and any scripts prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:8. Data and Security
P:8.1 All measurement data, alarms, reports and plant information collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The software is installed on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN after approval for each session, and all sessions are recorded. Gateways shall be configured with encryption and unique passwords.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident it becomes aware of, cooperate in the investigation and bear the losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's process data, plant layouts and network settings, and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.2 reach their maximum. The Supplier shall then refund all amounts received for equipment or services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Huzhou Arbitration Commission for arbitration in Huzhou. The award is final.
H:14. Documentation and Training
P:14.1 With the equipment the Supplier shall deliver installation drawings, sensor mounting instructions, gateway configuration records, the OPC UA point list, user and administrator manuals for the software and a recommended spare parts list, in English and Chinese, in two printed copies and in electronic form.
P:14.2 Training shall cover sensor mounting and replacement, battery change, gateway configuration, alarm limit setting, spectrum interpretation for common bearing, gear and misalignment faults, and report generation. The Supplier shall provide two training sessions on site and one refresher session within six months after Final Acceptance.
H:15. Site Rules and Spare Parts
P:15.1 The Supplier's staff shall comply with the Buyer's safety rules, including permits for work at height and near rotating equipment, and shall work only during the shutdown periods and in the areas the Buyer approves.
P:15.2 The Supplier shall keep spare sensors and gateways available for at least eight years after Final Acceptance and shall supply them at prices not higher than the unit prices in Clause 2.1, adjusted only by the published Chinese producer price index.
P:15.3 The Supplier shall inform the Buyer at least one year in advance if any sensor or gateway model is to be discontinued and shall propose a compatible replacement.
H:16. Packing, Shipment and Inspection on Arrival
P:16.1 The Supplier shall pack the equipment for sea and road transport, protected against moisture and shock, and mark each case with the contract number, case number, gross weight and the Buyer's delivery address.
P:16.2 The Supplier shall send the packing list, commercial invoice, certificate of origin, factory test reports and calibration certificates of every sensor to the Buyer at least ten days before the goods arrive.
P:16.3 The Buyer and the Supplier shall open the cases together at the plant and check the quantities and visible condition of the goods. Any shortage or damage shall be recorded and made good by the Supplier at its own cost within 20 days. This inspection on arrival is not acceptance.
H:17. Miscellaneous
P:17.1 This Contract is made in English and Chinese. Both versions have equal effect.
P:17.2 This Contract takes effect on signature and seal by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H697E04 = """# Managed IT Services Agreement

Agreement No. IM-SZL-2025-07

This Managed IT Services Agreement (the "Agreement") is made between:

**Suzhou Lianxing Logistics Co., Ltd.**, a company registered in Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer"); and

**IndusMesh Technologies (Pvt.) Ltd.**, a company registered in Pakistan with its service centre on Auto Bhan Road, Hyderabad, Sindh, Pakistan ("Provider").

Customer operates eleven warehouses and a head office in eastern China and wishes to outsource the remote monitoring and support of its IT infrastructure and its service desk. Provider has offered to provide these services from its service centre, supported by a local engineering partner for on-site work.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 has been completed.

1.3 "Service Levels" means the levels set out in Schedule 2.

1.4 "Charges" means the charges set out in Schedule 3.

1.5 "Customer Data" means all data of Customer that Provider receives or can access in providing the Services.

## 2. Term

2.1 This Agreement starts on signature. The service period is 36 months from the Service Commencement Date.

2.2 This Agreement ends at the end of the service period. Any extension requires a written amendment signed by both parties, and there is no automatic renewal.

## 3. Transition

3.1 Provider shall complete the transition within 60 days after signature. Transition includes knowledge transfer from Customer's current support team, discovery and documentation of all in-scope devices, installation of monitoring probes, configuration of the ticketing tool and set-up of the service desk telephone line and e-mail address.

3.2 Transition is accepted when: (a) all in-scope devices listed in Schedule 1 report to the monitoring platform; (b) runbooks have been written for every critical system and reviewed by Customer; (c) a parallel run of 14 days has been completed in which the service desk handled all tickets and met the Service Levels; and (d) Customer's IT manager has signed the transition acceptance certificate.

3.3 If a criterion is not met, Provider shall remedy the shortfall and repeat the relevant test at its own cost.

## 4. Services and Service Levels

4.1 Provider shall provide the Services in accordance with Schedule 1 and shall meet the Service Levels in Schedule 2.

4.2 Provider shall deliver a monthly service report showing ticket volumes, response and resolution times, availability of monitored systems, changes made, open problems and recommendations.

4.3 If Provider fails to meet a Service Level in a month, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice.

4.4 The parties shall hold a monthly service review meeting and a quarterly management review.

## 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3.

5.2 The monthly charge is invoiced monthly in arrears, starting from the Service Commencement Date. The transition fee is invoiced after transition acceptance under Section 3.2. No amount is payable before the Service Commencement Date.

5.3 Customer shall pay each correct invoice within 30 days. The Charges are fixed for the service period.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer at the end of this Agreement.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would regard as confidential, and shall not disclose it to third parties without prior written consent.

7.2 This Section does not apply to information that is public, already known to the receiving party, or must be disclosed by law.

7.3 The obligations in this Section continue for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Provider retains its tools, methods and monitoring software.

8.2 Runbooks, configuration records, scripts, knowledge articles and documentation prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any replacement provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and shall not replace him or her without ten days' notice to Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer consents to the on-site engineering partner named in Schedule 1. Provider remains responsible for the acts of its subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the service period.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days so that the Services can be transferred to Customer or a new provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 13. Governance and Customer Responsibilities

13.1 Each party shall appoint a contract manager. Provider's service delivery manager shall attend the monthly service review, present the service report and agree an improvement plan for any Service Level that was missed.

13.2 Customer shall give Provider the access rights, documentation and contact persons needed for the Services, inform Provider in advance of planned changes to its infrastructure, and keep its asset list up to date through the change process.

13.3 Provider shall keep the configuration records of all in-scope devices current and shall make them available to Customer at any time through the ticketing tool.

13.4 Provider shall propose at least two service improvement initiatives per year, such as automation of routine tasks or reduction of repeat incidents, and shall implement those that Customer approves without additional charge.

13.5 At the end of each contract year the parties shall review the in-scope device list, the Service Levels and the reporting format, and may agree changes in writing. Changes to the Charges require a written amendment signed by both parties.

## 14. General

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

14.3 This Agreement is made in English in two originals.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | telephone, e-mail and portal support in Mandarin and English for about 640 users | 07:00–22:00 Beijing time, seven days a week |
| Infrastructure monitoring | 46 servers, 2 storage arrays, 18 firewalls, 130 switches, 210 wireless access points, WAN links of 12 sites | 24 hours a day, seven days a week |
| Incident and problem management | diagnosis, restoration, root-cause analysis for Priority 1 and 2 incidents | 24 hours a day for Priority 1 |
| Change management | standard changes, patching of servers and network devices in agreed windows | agreed maintenance windows |
| Backup management | monitoring of nightly backups, monthly restore tests | daily |
| On-site support | hardware replacement, cabling and warehouse scanner support through the approved local partner, Jiangsu Hengtong Network Engineering Co., Ltd. | working days, 08:30–18:00 |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (warehouse management system, WAN or core network down at any site) | response within 15 minutes, restoration within 3 hours | 3% of the monthly charge for each late Priority 1 incident |
| Priority 2 incident (single system or site degraded) | response within 1 hour, restoration within 8 hours | 1% of the monthly charge for each late Priority 2 incident |
| Priority 3 request | response within 2 hours, resolution within 2 working days | 0.5% of the monthly charge if fewer than 95% are met |
| Service desk calls answered within 30 seconds | 90% of calls | 1% of the monthly charge if missed |
| Monthly report delivered | by the 5th working day | 0.5% of the monthly charge if late |

Service credits in a month are capped at 20% of the monthly charge.

## Schedule 3 — Charges

| Item | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 72,000 |
| Monthly charge | 58,000 |
| Monthly charges over 36 months | 2,088,000 |
| Total Charges | 2,160,000 |

Additional devices are charged at the unit rates in the Provider's quotation dated 18 June 2025, which are fixed for the service period.

For Customer: ____________________    For Provider: ____________________
"""

H697E05 = """DATA SUBSCRIPTION AGREEMENT
HYDROMETEOROLOGICAL DATA AND API SERVICE

Agreement No. DRK-API-2025-112

PARTIES

This Data Subscription Agreement (the "Agreement") is made between:

(1) Druk Rivers Data Services Pvt. Ltd., a company registered in the Kingdom of Bhutan with its office at Khuruthang Town, Punakha, Bhutan ("Provider"); and

(2) Yunnan Lancang Hydropower Development Co., Ltd., a company registered in Kunming, Yunnan Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and processes precipitation, snow cover, glacier melt and river flow data for Himalayan catchments from its station network and satellite sources, and makes it available through an application programming interface (the "API") and a web portal. Customer wishes to use this data in the inflow forecasting models of its hydropower cascade and in its flood-season operating plans.

1. DEFINITIONS

1.1 "Data" means the hydrometeorological data sets described in Schedule A, delivered through the API and the portal.

1.2 "Activation Date" means the date on which Customer confirms in writing that the integration test under Clause 4 has been passed.

1.3 "Subscription Year" means each successive period of 365 days starting on the Activation Date or on an anniversary of it.

1.4 "Customer Inputs" means the site coordinates, reservoir levels, turbine discharge records, model parameters and queries that Customer submits to the API or the portal.

1.5 "Custom Extracts" means the catchment-specific data products, bias-corrected series and report templates that Provider prepares for Customer under Schedule A.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the subscription term to access the API and the portal and to use the Data for the internal operation, planning and reporting of Customer and its subsidiaries in China.

2.2 Customer may store the Data in its own systems and keep using Data received during the subscription term after it ends, for its internal purposes.

2.3 Customer may not resell the Data or publish it in raw form, but may include it in reports to power grid dispatch centres and government authorities.

2.4 The subscription term is two Subscription Years starting on the Activation Date.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 186,000 for each Subscription Year, or CNY 372,000 for the two Subscription Years. The one-time onboarding and integration fee is CNY 24,000. The total fee for the subscription term is CNY 396,000.

3.2 The subscription fee for each Subscription Year is invoiced quarterly in advance in four equal instalments of CNY 46,500, the first on the Activation Date.

3.3 The onboarding and integration fee is invoiced after the Activation Date.

3.4 Customer pays each correct invoice within 30 days after receipt. No payment is due before the Activation Date.

3.5 API calls above the monthly allowance in Schedule A are charged at the overage rate stated there and invoiced quarterly in arrears.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 40 days after signature Provider shall set up Customer's API keys and portal accounts, prepare the Custom Extracts for the six catchments listed in Schedule A and support Customer's developers in connecting the API to Customer's forecasting platform.

4.2 The integration test is passed when: (a) all data sets in Schedule A are delivered through the API for 15 consecutive days at the stated update intervals; (b) the historical series for the six catchments match Provider's reference files record by record; (c) the Custom Extracts are delivered with documentation of the methods used; and (d) Customer's forecasting platform has completed a full daily run using the API without manual intervention.

4.3 Customer shall confirm the Activation Date in writing within five working days after a successful test or shall list the failures. Provider shall correct any failure and repeat the test.

4.4 If the Activation Date is delayed beyond the 40 days in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, up to CNY 20,000.

5. SERVICE

5.1 Provider will use commercially reasonable efforts to make the API and the portal available and to deliver the Data at the update intervals described in Schedule A, but does not guarantee that the service will be uninterrupted or free of errors.

5.2 Provider may carry out maintenance on the API and the portal from time to time and will try to give notice of planned maintenance on the portal.

5.3 Customer may report problems by e-mail to Provider's support address. Provider will handle reports during its business hours in Bhutan.

5.4 Station data depend on field instruments in remote areas and may be delayed or missing during severe weather. Provider will mark missing or estimated values in the Data.

6. CUSTOMER DATA

6.1 Customer Inputs belong to Customer. Provider shall use them only to provide the service to Customer and shall not use them for any other purpose, combine them with other customers' data or disclose them to any third party.

6.2 Provider shall delete Customer Inputs within 30 days after the end of this Agreement and confirm the deletion in writing.

7. DATA SECURITY

7.1 Provider shall protect Customer Inputs with encryption in transit and at rest, access control based on named accounts, logging of all access and regular security testing.

7.2 API keys issued to Customer shall be unique and may be rotated by Customer at any time.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, take prompt measures to stop it, and compensate Customer for losses caused by Provider's breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data, the API and the portal, subject to Customer's rights under Clause 2.

8.2 The Custom Extracts and their documentation are prepared for Customer and belong to Customer, which may use, modify and disclose them to third parties without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's reservoir operating rules and Provider's processing methods, and shall not disclose it without the other party's prior written consent.

9.2 This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the performance of this Agreement, other than the hosting of the API by its current hosting provider named in Schedule A, without Customer's prior written consent.

11. RENEWAL

11.1 At the end of the subscription term this Agreement renews automatically for successive periods of one Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.2 The fees for each renewal period are Provider's list prices in force at the start of that renewal period, which Provider may revise at its discretion.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss, including loss of generation revenue.

12.2 Provider's total liability under this Agreement is limited to 150% of the total fee stated in Clause 3.1.

12.3 Customer remains responsible for its own operating decisions, which are based on many sources of information in addition to the Data.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If Customer terminates under Clause 13.1, Provider shall refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitral award is final and binding.

15. CUSTOMER RESPONSIBILITIES

15.1 Customer shall keep its API keys and portal credentials secure, limit access to its own staff and contractors working on its forecasting systems, and inform Provider promptly of any suspected misuse.

15.2 Customer shall provide the site coordinates, reservoir data and contact persons needed for the Custom Extracts and the integration test, and shall make its developers available during onboarding.

15.3 Customer shall tell Provider of any error it finds in the Data, so that Provider can check and correct the affected series.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 Notices shall be in writing in English and sent to the addresses above.

16.3 This Agreement is made in English in two originals.

SCHEDULE A - DATA SETS AND ALLOWANCES

A.1 Data sets: station precipitation and air temperature (hourly); river stage and discharge at 23 gauging stations (hourly); snow cover extent (daily, from satellite); glacier melt index (weekly); seven-day catchment precipitation forecasts (updated twice daily).

A.2 Catchments for Custom Extracts: six upper-basin catchments agreed in the kick-off meeting and listed in the onboarding record.

A.3 API allowance: 500,000 calls per month. Overage rate: CNY 0.02 per call.

A.4 Hosting provider: the cloud hosting company named in the onboarding record.

SIGNED

For Provider: ____________________
For Customer: ____________________
"""

FILES = {
    "h697z01": ("h697z01_deaf_association_sign_language_platform.pdf", "zh", H697Z01),
    "h697z02": ("h697z02_rope_mill_twisting_line_control_retrofit.docx", "zh", H697Z02),
    "h697z03": ("h697z03_tennis_chain_booking_membership_saas.txt", "zh", H697Z03),
    "h697z04": ("h697z04_community_college_academic_system_om.txt", "zh", H697Z04),
    "h697z05": ("h697z05_spinning_top_factory_traceability_supplier_template.md", "zh", H697Z05),
    "h697e01": ("h697e01_maintenance_software_licence_lebanon_vendor.pdf", "en", H697E01),
    "h697e02": ("h697e02_cotton_quality_saas_order_form_pakistan_vendor.md", "en", H697E02),
    "h697e03": ("h697e03_cement_condition_monitoring_sensors_dominica_vendor.docx", "en", H697E03),
    "h697e04": ("h697e04_logistics_managed_it_services_pakistan_vendor.md", "en", H697E04),
    "h697e05": ("h697e05_hydromet_data_api_subscription_bhutan_vendor.txt", "en", H697E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra = sla_clause, ld_stated, capped (goods only), deemed, value; plus design facts
D = {
 "h697z01": dict(cat="software", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8,
                 False, True, False, "PRC", G], x=[True, True, True, False, 988000], lic=520000, fee=41600,
                 rules=[]),
 "h697z02": dict(cat="hardware", t=[None, 0.5, True, "buyer", True, True, True, 0.08, 50, 10, True, True, 36, 7,
                 False, True, True, "PRC", G], x=[True, True, True, False, 884000], lic=747000, fee=52290,
                 rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h697z03": dict(cat="cloud", t=[99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None,
                 None, True, True, False, "PRC", S], x=[True, True, None, False, 700000],
                 rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h697z04": dict(cat="services", t=[99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None,
                 None, False, False, False, "PRC", S], x=[True, True, None, False, 468000],
                 rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "h697z05": dict(cat="software", t=[None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25,
                 False, True, None, None, G], x=[True, True, True, True, 1360000], lic=980000, fee=245000,
                 rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                        "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h697e01": dict(cat="software", t=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9,
                 False, True, False, "Lebanon", G], x=[True, True, True, False, 1080000], lic=840000, fee=75600,
                 forum_out=True, rules=["CR-GOVERNING-LAW"]),
 "h697e02": dict(cat="cloud", t=[99.95, 0.5, True, "buyer", True, False, True, 600 / 574000 * 100, 6 / 24 * 100,
                 None, True, None, None, None, False, True, True, "PRC", S], x=[True, True, None, False, 574000],
                 rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h697e03": dict(cat="hardware", t=[None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                 False, True, False, "PRC", G], x=[True, True, True, False, 1010000], lic=873800, fee=69904,
                 rules=[]),
 "h697e04": dict(cat="services", t=[None, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None,
                 None, False, True, False, "PRC", S], x=[True, False, None, False, 2160000],
                 rules=["CR-DATA-SECURITY", "CR-LD-MISSING"]),
 "h697e05": dict(cat="cloud", t=[None, None, False, "buyer", True, True, True, 300 / 396000 * 100, 150, None, True,
                 None, None, None, True, True, False, "PRC", S], x=[False, True, None, False, 396000],
                 rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(d):
    t = dict(zip(KEYS, d["t"]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * d["fee"]
    assert abs(d["fee"] - d["lic"] * t["post_warranty_fee_pct"] / 100) < 0.01
    return fees / (d["x"][4] + fees) * 100


def derive(d):
    """My reading of policy §3 applied to the labels."""
    t = dict(zip(KEYS, d["t"]))
    sla, ld_stated, capped, deemed, value = d["x"]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("forum_out"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if goods and share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, _ = FILES[key]
    d = D[key]
    t = dict(zip(KEYS, d["t"]))
    sla, ld_stated, capped, deemed, value = d["x"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": d["cat"], "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


# ---- threshold scan -------------------------------------------------------------------------------------------
NB = r"(?<![\d.])"
THRESH = re.compile("|".join([
    NB + r"99\.9(?!\d)", r"99\.90*%",
    NB + r"4\s*(?:小时|个小时|hours?|hrs?|h\b)", r"(?<![十\d])四\s*(?:小时|个小时)", r"\bfour\s*hours?",
    NB + r"0?\.050*\s*%", r"万分之五(?!十)", r"万分之0?\.?5(?!\d)", NB + r"0\.5\s*‰", r"千分之零点五",
    NB + r"100\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    NB + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    NB + r"12\s*(?:个月|months?)", r"(?<![二三四五六七八九十])十二\s*个月", r"\btwelve\s*(?:calendar\s*)?months?",
    NB + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    NB + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%", "30 %",
            "百分之三十", "12个月", "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "within 4 hours", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "万分之八", "万分之二",
             "1100%", "130%", "115%", "140%", "112 months", "24个月", "二十四个月", "4.5 hours", "0.08%", "65%",
             "35%", "25%", "150%", "200%", "2 hours", "6小时", "45%"]


def selftest():
    for s in MUST_HIT:
        assert THRESH.search(s), s
    for s in MUST_MISS:
        assert not THRESH.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, lang, src) in FILES.items():
        d = D[key]
        lab = label(key)
        t = lab["expected_terms"]
        assert list(t) == KEYS
        got = derive(d)
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        covered |= set(got)
        # thresholds on label values
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(d)
        if share is not None:
            assert not 38 <= share <= 42, (key, share)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH.search(variant)
            if m:
                problems.append((key, "threshold", m.group(0), variant[max(0, m.start() - 30):m.end() + 10]))
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        print(f"{name}: length {n} {'ok' if ok else 'OUT OF RANGE'}; rules {got}; risk {risk(got)}"
              + (f"; TCO share {share:.2f}" if share is not None else ""))
        if not ok:
            problems.append((key, "length", n))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(D[k]["rules"]) for k in D]
    assert counts.count(0) == 2 and 8 <= len(D["h697z05"]["rules"]) <= 10 and D["h697e01"]["rules"] == ["CR-GOVERNING-LAW"]
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
