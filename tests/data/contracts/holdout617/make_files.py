"""holdout617: builds the ten blind held-out drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes
the .json labels, and asserts lengths, threshold avoidance, the rule derivation and the rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市地震局地震预警信息发布平台软件许可及定制开发合同
P:合同编号：DZJ-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市地震局
P:乙方（供应商）：北京震瞬信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，双方经协商一致，订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供地震预警信息发布平台软件的永久使用许可（不限用户数、不限终端数），并按甲方需求完成定制开发，包括：预警信息多渠道发布模块（短信、应急广播、专用接收终端、移动应用推送）、与省级地震预警中心的数据接口、学校及重点企业接收终端管理模块、发布效果评估报表及大屏展示。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、数据初始化和用户培训，并提交需求规格说明书、设计文档、测试报告、操作手册和运维手册等全套技术文档。
P:1.3 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），含税。其中：平台软件许可费¥1,180,000；定制开发费¥846,000；部署实施费¥252,000；培训费¥90,000。
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的人工、差旅、第三方组件授权及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交履约保证金后十个工作日内，甲方支付合同总价的20%作为预付款，计¥473,600。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，计¥1,065,600。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥828,800。
P:3.4 乙方应在每笔付款前开具等额合法发票。履约保证金为合同总价的5%，于最终验收合格后无息退还。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后九十日内完成部署并提交初验申请；全部定制功能应在合同生效后一百五十日内交付。
P:4.2 开发期间乙方每两周向甲方提交进度报告，并参加甲方组织的项目例会；需求变更须经双方书面确认。
H:第五条 验收
P:5.1 初验标准：（1）招标文件技术需求和本合同第一条所列功能全部实现；（2）与省级预警中心接口联调通过，模拟预警信息从接收到完成全部渠道发布的时间不超过5秒；（3）在2,000个接收终端同时在线的压力测试中，无丢失、无重复发布；（4）第三方测评机构出具的安全测评报告无高风险问题。
P:5.2 初验通过后进入九十日试运行期。试运行期内未发生一级故障、二级故障累计不超过两次，且甲方组织的两次预警演练均发布成功的，甲方组织专家进行最终验收并签署验收报告。
P:5.3 平台上线运行、甲方使用或甲方付款均不视为验收合格。未达到上述标准的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保期及售后服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该费用标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级响应：一级故障（预警发布中断或与省级中心接口中断）30分钟内响应，2小时内到达现场；二级故障（部分渠道或模块不可用）1小时内响应，当日修复；三级故障（一般问题）下一工作日内处理。
P:7.3 乙方未按时响应或到场的，每延误一小时扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。扣款从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 本合同定制开发的程序、接口、源代码、数据库设计及相关文档的知识产权归甲方所有，乙方应在最终验收时移交全部源代码。平台软件产品本身的知识产权仍归乙方，甲方享有永久使用许可。
P:8.2 乙方保证其提供的软件和服务不侵犯第三方的合法权益，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的预警信息、终端信息、接收单位名录及运行日志等数据均属于甲方，乙方不得用于履行本合同以外的任何目的，不得复制或带离甲方环境。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施；远程运维须经甲方逐次批准并通过堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 培训与文档
P:15.1 乙方应为甲方系统管理员提供不少于五日的集中培训，为区县地震部门及重点接收单位操作人员提供不少于两期的操作培训，并提供培训教材和考核记录。
P:15.2 乙方交付的文档应为中文，内容与实际交付的系统一致；系统发生变更的，乙方应在十日内同步更新文档。
P:15.3 乙方应在最终验收前完成平台运维手册和应急处置手册的编制，并协助甲方完成平台的等级保护备案和测评。
P:15.4 质保期内，乙方每季度对平台进行一次健康检查，并在每年汛期及重大活动前开展专项检查。
P:15.5 乙方应配合甲方完成项目审计和绩效评价，如实提供项目资料。
H:第十六条 不可抗力
P:16.1 因地震、洪水等不可抗力导致合同不能按期履行的，受影响方应在三日内通知对方并提供证明，双方协商调整履行期限。地震应急期间，乙方应优先保障平台运行，不得以不可抗力为由拒绝提供应急技术支持。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
P:签订日期：2026年　月　日
"""

Z02 = """T:不锈钢冷轧退火线电气控制系统改造及维保合同
P:合同编号：BXG-SB-2026-0342
P:甲方：某不锈钢股份有限公司
P:乙方：江苏恒拓工业自动化有限公司
P:甲方冷轧厂二号退火酸洗线原电气控制系统已运行多年，备件停产、控制精度下降。经邀请招标，甲方确定由乙方承担该线控制系统改造，双方订立本合同。
一、合同标的
（一）乙方负责退火线入口段、炉区、出口段电气控制系统的设计、供货、安装、调试及培训，包括PLC控制系统、变频传动系统、炉温控制仪表及热电偶、带钢张力检测装置、HMI及二级过程控制模型软件。
（二）改造须在甲方安排的二十日停产检修窗口内完成切换，切换后恢复正常生产。
（三）供货清单及价格如下表。
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（含I/O模块、机柜）|1套|620,000
TB:2|变频传动系统（含电机控制柜）|1套|780,000
TB:3|炉温控制仪表及热电偶|1批|236,000
TB:4|带钢张力检测装置|6套|188,000
TB:5|HMI及二级过程控制模型软件许可|1套|336,000
TB:|软硬件小计||2,160,000
TB:6|安装调试及切换|1项|296,000
TB:7|培训|1项|64,000
TB:|合同总价||2,520,000
二、价款与支付
（一）合同总价为人民币贰佰伍拾贰万元整（¥2,520,000），含13%增值税。
（二）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款（¥252,000）。
（三）设备全部到货并经甲方开箱清点后，甲方支付合同总价的55%（¥1,386,000）。到货清点仅为数量核对，不构成质量验收。
（四）系统通过最终验收后，甲方支付合同总价的35%（¥882,000）。
三、工期
（一）设备应于合同签订后七十五日内运抵甲方现场。
（二）乙方应在停产检修窗口内完成安装和切换，热负荷试车一次成功。
四、验收
（一）验收标准：1. 所有I/O点位校验正确；2. 炉温控制偏差不超过±3℃；3. 带钢张力波动不超过设定值的±2%；4. 连续七十二小时满负荷运行无停机故障；5. 二级模型设定值与一级执行值一致。
（二）满足上述标准后，双方签署最终验收报告。设备安装、通电或投入生产均不视为验收合格。
五、质保与维保
（一）质保期为最终验收合格之日起十八个月。质保期内乙方免费更换损坏部件、修复软件缺陷。
（二）质保期满后，乙方提供年度维保服务（含备件、定期巡检、软件升级和远程诊断），年维保费为软硬件小计的28%，即每年¥604,800，该标准在质保期满后三年内固定不变。维保合同按年签订，不自动续期。
六、服务水平
（一）一级故障（导致退火线停机）：1小时内响应，3小时内到达现场。二级故障（影响质量或部分功能）：2小时内响应，次日内修复。
（二）乙方每延误一小时，甲方按¥800扣减当期维保费或质保金。
七、知识产权
（一）为本项目编写的PLC程序、HMI画面、二级模型参数及接口程序的知识产权归甲方所有，乙方应在验收时交付源程序和注释。
（二）二级模型软件产品本身的著作权仍归乙方，甲方享有永久使用许可。
八、数据安全
（一）生产工艺参数、质量数据及运行记录均属于甲方，乙方不得用于本合同以外的目的。
（二）乙方远程诊断须经甲方批准，通过甲方工控安全网关接入，不得在控制网络中安装未经甲方审核的软件。
（三）因乙方原因造成数据泄露或控制系统安全事件的，乙方应在2小时内报告并承担全部赔偿责任。
九、保密
乙方对甲方的工艺配方、生产数据和技术资料负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
十、违约责任
（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
十一、分包
乙方不得转包；土建及电缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
十二、合同解除
一方严重违约且在收到书面通知后二十日内未纠正的，另一方有权解除合同，并要求赔偿损失。
十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
十四、技术资料与培训
（一）乙方应随设备提供出厂检验报告、合格证、电气原理图、接线图、PLC程序清单、备件清单及操作维护手册，全部资料为中文版，电子版与纸质版各两套。
（二）乙方应为甲方电气、仪表及操作人员提供现场培训不少于十日，培训内容包括系统原理、日常操作、参数调整、故障诊断和备件更换，培训结束后进行考核。
（三）乙方应在质保期内免费提供一套推荐的随机备件，并保证主要部件在最终验收后八年内持续供应。
十五、安全与文明施工
（一）乙方现场人员应遵守甲方的安全生产管理制度，进入炉区、酸洗区须佩戴规定的防护用品，动火、高处及有限空间作业须办理作业许可。
（二）乙方应在施工前编制切换方案和应急预案，报甲方审批后实施；因乙方违章作业造成的人身伤害和财产损失由乙方承担。
（三）乙方应做好现场清理，废旧电缆和拆除设备按甲方指定地点堆放，由甲方统一处置。
（四）乙方应在质保期内每季度对控制系统进行一次巡检，检查PLC及传动系统运行状态、热电偶精度和张力检测装置标定情况，并提交巡检报告。
（五）甲方在质保期内发现的软件缺陷，乙方应在三日内提供修复方案；涉及生产安全的，乙方应立即派员到场处理。
（六）乙方提供的设备应为原厂全新产品，并提供原厂质量证明文件；乙方不得以翻新件或替代品冒充。如发现设备型号、产地与投标文件不符，甲方有权退货并要求乙方赔偿损失。
（七）设备运输、保险及卸车前的一切风险由乙方承担，设备在甲方现场交付后风险转移给甲方，但因乙方安装原因造成的损坏仍由乙方负责。
（八）甲方有权在设备制造期间派员到乙方或其供货商工厂进行监造和出厂检验，乙方应提供便利。监造不免除乙方的质量责任。
（九）改造切换期间，乙方应保证现场技术人员不少于十二人，实行两班作业，项目经理和调试负责人全程在场；热负荷试车期间，乙方应安排工艺调试工程师驻场，直至连续稳定运行。
（十）乙方应对原控制系统中仍可使用的设备提出利旧建议，经甲方同意后方可利旧；拆除的原设备归甲方所有。
（十一）乙方应在合同签订后十五日内提交详细设计方案，经甲方技术部门审查确认后方可投料生产；设计审查不免除乙方的设计责任。
（十二）项目实施期间，乙方每周向甲方提交工作周报，重大问题应及时书面报告。
（十三）乙方应在切换前完成全部控制程序的离线仿真测试，并邀请甲方电气及工艺人员参加，仿真测试记录作为验收资料的组成部分。
（十四）切换完成后一个月内，乙方应安排工程师驻厂跟班，协助甲方操作人员熟悉新系统，并根据生产实际优化炉温和张力控制参数。
十六、不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在十日内提供证明，双方协商延期履行或部分免除责任。
十七、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z03 = """连锁宠物门店洗护预约SaaS服务及实施合同

合同编号：CW-IT-2026-058
甲方：某宠物连锁经营有限公司（以下简称“甲方”）
乙方：杭州毛孩云科技有限公司（以下简称“乙方”）

鉴于甲方在全国共有70家直营宠物门店，需要统一的洗护美容预约、技师排班、会员储值与服务记录系统，乙方拥有成熟的宠物门店SaaS平台，双方经友好协商，就乙方向甲方提供SaaS服务及实施服务事宜订立本合同。

一、服务内容
（一）SaaS服务：乙方通过其云平台向甲方70家门店提供洗护预约、美容技师排班、会员管理、储值与套餐核销、宠物档案、服务评价及经营报表功能，账号数量不限。
（二）实施服务：乙方负责平台配置、门店及技师数据导入、原有会员储值余额迁移、与甲方小程序和收银系统的接口开发、门店培训及上线支持。
（三）定制内容：乙方为甲方开发的小程序预约页面、接口程序、定制报表模板。

二、服务期限
（一）SaaS服务期为两个服务年度，自平台上线验收合格之日起算，每个服务年度为连续的一年。
（二）服务期满后本合同终止，不自动续期；双方如需续约，应另行协商并签订书面协议。

三、合同价款及支付
（一）SaaS服务费：每门店每服务年度¥3,600，70家门店每服务年度合计¥252,000，两个服务年度合计¥504,000。
（二）实施费：¥118,000（含接口开发及数据迁移）。
（三）合同总价为人民币陆拾贰万贰仟元整（¥622,000），含6%增值税。
（四）SaaS服务费按季度支付，每季度¥63,000，甲方在每季度首月十五日前支付当季费用；首季费用在上线验收合格后支付。
（五）实施费在上线验收合格后十个工作日内一次性支付。
（六）乙方应在收款前开具合法有效的增值税专用发票。

四、实施与验收
（一）乙方应在合同生效后四十五日内完成全部门店上线。
（二）上线验收标准：1. 70家门店全部开通并完成技师排班；2. 会员及储值余额迁移后逐户核对一致，差异为零；3. 小程序预约、收银核销接口连续七日运行无差错；4. 高峰时段预约页面响应时间不超过2秒。
（三）满足上述标准后，甲方签署上线验收单。门店试用或甲方付款均不视为验收合格。

五、服务水平
（一）平台每月可用率不低于99.5%，计划维护应安排在凌晨时段并提前三日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或核销）30分钟内响应，2小时内恢复；二级故障（部分门店或功能异常）1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，减免当月服务费的2%；一级故障响应超时的，每次减免¥1,000。减免金额从下一季度服务费中抵扣。

六、知识产权
（一）SaaS平台本身的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序预约页面、接口程序和定制报表模板的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托第三方维护。

七、数据归属与数据安全
（一）甲方及其会员、宠物档案、预约和交易数据均归甲方所有，乙方仅可为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志审计和每日备份措施，并符合个人信息保护法律法规的要求。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）服务期满或合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后彻底删除。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息和经营数据负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内有效。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任，以违约事件发生前六个月内甲方实际支付的服务费总额为限。
（三）甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

十、分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，或平台连续两个月可用率低于承诺值，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还已付未用的服务费。
（二）甲方逾期付款超过六十日的，乙方有权解除合同。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、服务支持与培训
（一）乙方应提供7×24小时客服热线和在线工单系统，并为甲方指定一名客户成功经理，负责需求对接、版本更新通知和季度服务回顾。
（二）乙方应为门店店长、前台及美容技师提供线上培训课程和操作手册，新开门店或人员变动时免费提供补充培训。
（三）乙方平台版本更新涉及门店操作变化的，应提前七日通知甲方，并提供更新说明；重大版本更新应避开节假日等营业高峰期。
（四）服务期内甲方新开门店的，按本合同约定的单店价格按月折算增加服务费，新增门店数量及开通日期以双方书面确认为准。

（五）乙方应每季度向甲方提交平台运行报告，内容包括可用率、故障记录、工单处理情况和门店使用统计，并提出优化建议。
（六）甲方关闭门店的，自关闭次月起相应减少该门店的服务费，已支付的当季服务费在下一季度抵扣。
（七）乙方应在平台中为甲方设置总部、区域和门店三级管理权限，权限分配由甲方自行管理；乙方员工访问甲方后台须经甲方授权并留存访问记录。
（八）乙方应提供与甲方会员营销活动相配合的功能支持，包括优惠券核销、储值赠送和会员等级规则配置，上述配置工作包含在服务费中。

（九）乙方应保证平台在节假日及周末营业高峰期间稳定运行，并在春节、国庆等重要节假日前完成容量评估和压力测试。
（十）平台对接第三方支付或短信服务的，相关通道费用由甲方按实际使用量另行结算，不包含在本合同价款内；乙方不得在未经甲方同意的情况下变更支付或短信服务通道。
（十一）服务期内，乙方应免费提供平台标准功能的版本升级，甲方可按需开启新功能。

（十二）甲方有权随时通过平台导出本方数据，乙方应提供标准格式的数据导出功能，不得另行收费。
（十三）乙方应在上线前为每家门店开展一次现场或远程上线辅导，确保门店前台能够独立完成预约和核销操作。
（十四）乙方应为甲方保留操作日志不少于一百八十日，甲方可随时查询门店员工的关键操作记录，包括储值调整、退款和会员信息修改。
（十五）乙方应在每个服务年度结束前向甲方提交年度服务总结，说明平台运行、功能迭代和门店使用情况。
十四、廉洁条款
双方应遵守国家有关反商业贿赂的规定，乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，一经发现，甲方有权追究乙方责任。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件（门店清单、功能清单、接口规范）与本合同具有同等效力。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """市民卡服务系统年度运维服务合同

合同编号：SMK-YW-2026-03
甲方：某市市民卡服务中心
乙方：南京卡联信息服务有限公司

根据甲方市民卡服务系统运维项目的竞争性磋商结果，双方本着平等自愿的原则，就甲方委托乙方提供市民卡服务系统年度运维服务事宜，订立本合同。

第一条 服务范围
1.1 运维对象：市民卡核心业务系统、制卡及发卡管理系统、线上服务平台（网站、小程序、自助终端）、卡务结算对账系统及相关数据库、中间件、服务器和存储设备。
1.2 服务内容：7×24小时系统监控；日常巡检（每日一次）及月度健康检查；故障处理；数据库运维和备份恢复演练（每季度一次）；补丁及版本更新；业务高峰期（开学、社保年度核定期间）现场保障；运维报告。
1.3 乙方应派驻不少于六名驻场工程师，其中项目经理一名、数据库工程师两名，驻场人员应持有相应资格证书，未经甲方同意不得更换。

第二条 服务期限
2.1 服务期自2026年7月1日起至2027年6月30日止。
2.2 乙方应在服务期开始前完成运维交接，包括系统资料清点、账号权限交接和应急预案更新。
2.3 服务期满，本合同即行终止；甲方如需继续采购，将依法另行组织采购。

第三条 服务费用及支付
3.1 本合同服务费总额为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），含税，为固定总价。
3.2 服务费按季度支付，每季度¥321,500。甲方在每季度结束后依据当季服务考核结果，于二十个工作日内支付当季服务费，考核扣减从当季服务费中扣除。
3.3 甲方不支付预付款。乙方应在每次付款前开具合法发票。

第四条 服务水平
4.1 核心业务系统及线上服务平台月可用率不低于99.95%。
4.2 故障分级：一级故障（核心业务中断或大面积无法办卡、充值）15分钟内响应，1小时内恢复业务；二级故障（单项业务中断或部分网点受影响）30分钟内响应，3小时内恢复；三级故障（一般问题）2小时内响应，次一工作日内解决。
4.3 服务考核与扣减：一级故障响应或恢复超时的，每次扣减当季服务费¥5,000；二级故障超时的，每次扣减¥2,000；月可用率每低于承诺值0.01个百分点，扣减¥3,000；巡检或报告缺失的，每次扣减¥500。
4.4 每季度末，甲方根据考核记录出具考核结果，乙方对考核结果有异议的，应在五个工作日内提出。

第五条 交接与验收
5.1 运维交接完成后，甲方按交接清单（系统资料、账号权限、监控配置、应急预案）逐项核对，全部完成后签署交接确认单。
5.2 每季度末乙方提交季度运维报告，甲方依据本合同第四条的考核指标对当季服务进行验收；考核未达标的，乙方应在十日内提出整改方案并完成整改。
5.3 服务期满前，乙方应向甲方移交全部运维文档、脚本和配置记录，经甲方核对完整后，方可视为本合同服务验收完成。

第六条 数据安全
6.1 市民卡系统中的持卡人身份信息、交易记录、账户数据及系统日志均属于甲方，乙方仅可为履行本合同运维义务而接触，不得用于任何其他目的，不得复制、下载或带离甲方机房。
6.2 乙方运维人员须使用甲方分配的实名账号，通过堡垒机操作，严禁共享账号；涉及生产数据的操作须经甲方审批并双人复核。
6.3 乙方应遵守网络安全等级保护第三级的管理要求，配合甲方的安全检查和渗透测试，对发现的问题按期整改。
6.4 发生数据泄露、篡改、丢失等安全事件的，乙方应在30分钟内报告甲方，并配合开展调查和处置；因乙方原因造成的损失及监管处罚，由乙方全额承担。

第七条 知识产权
乙方在服务期内为甲方编写的运维脚本、监控配置、应急预案及运维文档的知识产权归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

第八条 人员管理
8.1 驻场人员应遵守甲方的考勤、安全和机房管理制度。
8.2 驻场人员连续缺岗超过三日的，乙方应在两日内安排同等资质人员替补；甲方认为驻场人员不能胜任的，有权要求更换。

第九条 违约责任
9.1 乙方未按约定在服务期开始前完成运维交接或驻场人员未按时到岗的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
9.2 乙方因运维过失造成系统故障或数据损失的，应赔偿甲方由此遭受的直接损失。
9.3 甲方无故逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第十条 分包
乙方不得将本合同项下的任何服务分包或转包。

第十条之一 应急保障
10-1.1 乙方应制定市民卡系统应急预案，覆盖核心系统宕机、数据库故障、网络中断、制卡设备故障等场景，每半年组织一次应急演练，并提交演练报告。
10-1.2 社保年度核定、学生卡集中办理及重大活动期间，乙方应增派不少于两名现场保障人员，并实行全天候值守。
10-1.3 乙方应建立运维知识库，对每次故障形成故障报告，说明原因、处理过程和预防措施，一级故障报告应在故障恢复后两个工作日内提交。

第十条之二 运维工具与设备
10-2.1 乙方使用的运维工具软件须经甲方审核，并在甲方指定的运维终端上安装，不得使用未经授权的软件。
10-2.2 乙方携带进入机房的设备和介质须登记，离开机房前由甲方检查。

第十条之三 服务报告与沟通
10-3.1 乙方应每月提交运维月报，内容包括系统运行状况、可用率统计、故障及处理情况、巡检发现的问题、容量预测和改进建议。
10-3.2 双方每月召开一次运维例会，甲方业务部门可提出运维需求，乙方应在例会后五个工作日内反馈处理计划。
10-3.3 乙方应在服务期开始后三十日内完成系统资产台账和配置基线的梳理，此后每季度更新一次，并提交甲方备案。
10-3.4 系统重大变更须提前提交变更方案，经甲方审批后在业务低峰期实施，并制定回退方案。

第十条之四 服务交接
10-4.1 服务期满或合同终止时，乙方应配合甲方或甲方指定的新服务商完成运维交接，交接期不少于二十日，交接期间乙方应保持原有服务水平。
10-4.2 乙方应移交全部账号权限、系统配置、运维文档、故障记录和知识库内容，并在交接完成后注销其运维账号。
10-4.3 乙方应对交接后三十日内因交接资料不完整引起的问题提供免费咨询支持。

第十条之五 考勤与质量检查
10-5.1 甲方有权不定期检查驻场人员在岗情况、运维记录和巡检质量，乙方应如实提供相关记录。
10-5.2 甲方每半年组织一次运维服务满意度评价，评价结果作为后续采购的参考。

第十条之六 甲方配合
甲方应为驻场人员提供办公场所、网络接入和必要的办公设备，并指定专人负责日常对接。

第十条之七 安全培训
乙方驻场人员进场前应参加甲方组织的安全及制度培训，并经考核合格后方可上岗。

第十一条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交南京仲裁委员会仲裁。

第十三条 其他
13.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
13.2 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

Z05 = """# 酵安发酵过程监测系统 软件许可及定制开发合同（乙方标准文本 V3.0）

合同编号：JA-XS-2026-119

甲方：某食品有限公司（泡菜厂）

乙方：成都酵安智能科技有限公司

甲方为实现泡菜发酵车间的在线监测和工艺管理，向乙方采购“酵安发酵过程监测系统”软件许可及定制开发服务。双方经协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供酵安发酵过程监测系统V3.0软件永久使用许可（单工厂，不限发酵池数量）。

1.2 乙方根据甲方需求进行定制开发：发酵池盐度、酸度、温度及亚硝酸盐在线监测看板，发酵批次追溯，工艺参数预警规则，与甲方ERP及质检系统的接口。

1.3 乙方负责软件的部署安装和操作培训。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酵安发酵过程监测系统V3.0软件许可 | 420,000 |
| 2 | 定制开发（看板、追溯、预警规则、接口） | 368,000 |
| 3 | 部署安装及培训 | 56,000 |
| | 合同总价 | 844,000 |

## 第二条 合同价款与付款

2.1 合同总价为人民币捌拾肆万肆仟元整（¥844,000），含税。

2.2 合同签订后五个工作日内，甲方支付合同总价的50%，计¥422,000。

2.3 乙方完成软件部署安装后，甲方在十个工作日内支付剩余50%，计¥422,000。

2.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第三条 交付与验收

3.1 乙方在收到首付款后六十日内完成软件部署安装。

3.2 软件部署安装完成，即视为甲方验收合格。甲方在部署后使用软件的，亦视为验收合格。

3.3 甲方对软件功能提出的意见，乙方将在后续版本中酌情考虑。

## 第四条 售后服务

4.1 乙方自软件部署完成之日起提供六个月免费维护服务。

4.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的维护服务价格标准向乙方支付维护费，乙方有权根据市场情况调整价格标准。

4.3 故障响应：一级故障（系统无法登录或数据采集中断）乙方在接到报修后2小时内响应；二级故障在1个工作日内响应；其他问题通过远程方式处理。

4.4 乙方提供远程支持为主，确需现场服务的，差旅费用由甲方承担。

## 第五条 知识产权

5.1 软件产品及本合同项下定制开发的看板、预警规则、接口程序和相关文档的全部知识产权归乙方所有。

5.2 甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方不提供源代码。

## 第六条 数据

6.1 系统采集的发酵过程数据存储于甲方服务器，归甲方所有。

6.2 甲方同意，乙方有权对系统运行中产生的发酵工艺数据进行脱敏处理后，用于产品改进、算法训练和行业分析，并可将脱敏后的分析成果用于乙方其他客户的服务。

6.3 乙方远程维护时应使用甲方提供的账号，遵守甲方的网络安全要求，不得擅自拷贝甲方的原始数据；发生因乙方原因导致的数据泄露的，乙方应及时通知甲方，并承担由此造成的直接损失。

## 第七条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定需要披露的除外。本条在合同终止后两年内有效。

## 第八条 分包

乙方有权根据项目需要将部分开发、部署工作委托第三方完成，无需征得甲方同意，乙方对第三方的工作向甲方负责。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 因不可抗力、甲方原因或第三方原因造成交付延迟的，乙方不承担责任。

9.3 乙方对间接损失、利润损失及数据损失不承担赔偿责任。

## 第十条 合同解除

10.1 任何一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

10.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十一条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十一条之一 甲方义务

11-1.1 甲方应按乙方要求提供服务器、操作系统、数据库及网络环境，并确保在线传感器数据能够正常接入。甲方环境不满足要求导致部署延迟的，工期相应顺延。

11-1.2 甲方应指定项目联系人，及时确认需求和定制内容。甲方需求确认后再提出变更的，乙方有权另行收取费用并顺延工期。

11-1.3 甲方应妥善保管系统账号和密码，因甲方原因造成的账号泄露及损失由甲方自行承担。

## 第十一条之二 培训与文档

11-2.1 乙方为甲方提供一次现场操作培训，培训时长不超过两日，参训人员不超过十人。超出部分按乙方培训收费标准另行收费。

11-2.2 乙方提供电子版用户手册一份。系统安装包、数据库脚本和开发文档属于乙方技术资料，不向甲方提供。

## 第十一条之三 软件升级

11-3.1 免费维护期内，乙方提供已购模块的补丁更新。新增功能模块及大版本升级不在本合同范围内，甲方需要的，应另行采购。

11-3.2 甲方自行修改系统配置或数据库导致系统故障的，乙方不承担责任，修复费用由甲方承担。

## 第十一条之四 硬件及第三方产品

11-4.1 在线传感器、采集网关、服务器等硬件由甲方自行采购，不在本合同范围内。乙方可以向甲方推荐硬件型号，但对硬件的质量和兼容性不承担责任。

11-4.2 软件运行所需的操作系统、数据库等第三方产品由甲方自行取得合法授权。

11-4.3 系统监测数据仅供甲方生产管理参考，甲方应结合人工检测结果作出工艺决策，乙方不对因采用监测数据作出的生产决策承担责任。

## 第十一条之五 通知

各方的通知以书面形式发送至本合同首页所列地址或电子邮箱，电子邮件发出即视为送达。一方变更联系方式的，应及时通知对方。

## 第十一条之六 其他约定

11-6.1 本合同签订后，甲方取消采购或暂停项目的，已支付的款项不予退还；乙方已完成的定制开发工作，甲方仍应按比例支付费用。

11-6.2 本合同附件包括：软件功能清单、定制开发需求确认单、部署环境要求。附件与本合同不一致的，以本合同为准。

11-6.3 乙方可以将甲方作为客户案例在其宣传材料中使用，甲方另有书面要求的除外。

11-6.4 本合同条款与甲方的采购订单或其他文件不一致的，以本合同为准。

## 第十一条之七 远程支持

11-7.1 乙方的远程支持时间为工作日9:00至17:30，节假日仅处理一级故障。

11-7.2 甲方应为乙方开通远程访问通道，因甲方网络原因无法远程处理的，乙方不承担响应延迟的责任。

## 第十一条之八 验收资料

乙方部署完成后向甲方提交部署完成确认单，甲方应在三日内签字确认；甲方逾期未签字的，视为确认。

## 第十一条之九 期限顺延

因甲方需求变更、环境未就绪或甲方人员配合不及时导致的延误，乙方的交付期限相应顺延，且乙方不承担任何责任。

## 第十二条 其他

12.1 本合同为乙方标准合同文本，甲方已充分阅读并理解全部条款。

12.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：

乙方（盖章）：

签订日期：
"""

E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. PWS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Ruida Auto Parts Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Buyer"), and Pravah Warehouse Systems Private Limited, a company incorporated in India with its registered office in Hinjewadi, Pune, Maharashtra (the "Vendor").
P:The Buyer operates two finished-goods warehouses and one spare-parts warehouse in Changzhou and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor develops and licenses the PravahWMS product and has proposed a fixed-price implementation. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the PravahWMS Enterprise Edition, version 8, in object code, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration created by the Vendor specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Licensed Software in the Buyer's environment, including item masters, stock levels, locations, orders and transaction logs.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the internal operations of the Buyer and its affiliates in mainland China, for up to 180 named users and unlimited handheld scanners.
P:2.2 The Buyer may make copies of the Licensed Software for backup, testing and disaster recovery. The licence survives expiry of the warranty and of any support agreement.
P:2.3 The Licensed Software remains the property of the Vendor. Nothing in this Agreement transfers ownership of the Vendor's pre-existing product.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software on servers provided by the Buyer, build interfaces with the Buyer's ERP system and transport management system, migrate opening stock balances and location masters, design label and report templates, train the Buyer's key users and administrators, and support go-live.
P:3.2 The Vendor shall appoint a named project manager who will attend the Buyer's site during design, testing and go-live. Remote work is permitted for development tasks. The Vendor shall not replace the project manager without the Buyer's consent, which shall not be unreasonably withheld.
P:3.3 The implementation shall follow the project plan in Annex 2. The Vendor shall deliver the system for user acceptance testing within 110 days after the Effective Date and achieve Final Acceptance within 160 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,962,000, fixed and inclusive of taxes, made up of: Licence Fee CNY 1,120,000; Implementation Services CNY 618,000; Data Migration CNY 146,000; Training CNY 78,000.
P:4.2 The Buyer shall pay the Contract Price in three instalments: (a) 20% (CNY 392,400) within 20 days after signature and receipt of the Vendor's invoice; (b) 45% (CNY 882,900) within 20 days after the Buyer signs the user acceptance test report; and (c) 35% (CNY 686,700) within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY to the bank account stated on the Vendor's invoice. Each party bears its own bank charges. Any withholding tax required by PRC law shall be deducted and the Buyer shall provide the tax certificate.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit a test plan at least ten working days before user acceptance testing. The acceptance criteria are: (a) all functions in the agreed functional specification work as described; (b) the ERP and transport interfaces exchange orders, receipts and shipments without error over ten consecutive working days; (c) migrated stock balances match the audited opening balances for every item and location; (d) handheld scanning transactions complete in less than two seconds at 150 concurrent users; and (e) no open Severity 1 or Severity 2 defects.
P:5.2 After the user acceptance test report is signed, the system goes live and a stabilisation period of 45 days begins.
P:5.3 The Buyer shall issue the Final Acceptance certificate when the criteria in Article 5.1 continue to be met at the end of the stabilisation period and the Vendor has delivered the Custom Deliverables, source code and documentation. Go-live, use of the system or payment of any instalment does not by itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Support levels during the warranty period: Severity 1 (warehouse operations stopped) - response within one hour, workaround within eight hours; Severity 2 (a major function impaired) - response within two hours, fix within two working days; Severity 3 (minor issue) - response on the next working day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or paid on demand.
P:6.4 After the warranty period the Buyer may order annual support at a fee of 11% of the Licence Fee (CNY 123,200 per year). The fee is fixed for the first three support years after the warranty. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.2 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe third-party rights and shall indemnify the Buyer against any claim of infringement.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, using named accounts approved for each session. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected security incident affecting Buyer Data, cooperate in the investigation and remediation, and compensate the Buyer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breach of Articles 8 and 9 or infringement claims under Article 7.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted, and the licence granted under Article 2 continues for the Licence Fee paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of India.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996. The seat of arbitration is Pune, India and the language is English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Hardware and Environment Requirements), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM - LearnLoop Learning Platform Subscription

**Order Form No.** LL-OF-2026-0213

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts.

## PART A - ORDER DETAILS

### A1. Parties

**Provider:** LearnLoop Technologies Private Limited, Infopark Phase II, Kakkanad, Kochi, Kerala, India.

**Customer:** Qingdao Haiyun Home Appliances Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China.

### A2. Services

The LearnLoop Enterprise learning platform, provided as software-as-a-service, including course authoring, learning paths, assessments, certification tracking, classroom scheduling, the mobile app, the reporting module and integration with the Customer's HR system. The subscription covers up to 2,400 active learners. Onboarding covers tenant setup, single sign-on, HR system integration, migration of historical training records, branding, and train-the-trainer sessions for the Customer's learning team.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Go-Live Date, being the date on which the Customer signs the onboarding acceptance certificate under Section 4 of Part B, and each Subscription Year lasts one year. The subscription ends at the end of the second Subscription Year and does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 2,400 learners | 396,000 |
| Subscription, Subscription Year 2 | 2,400 learners | 396,000 |
| Onboarding (one-time) | fixed price | 54,000 |
| **Total Order Value** | | **846,000** |

All amounts are in Chinese Yuan and include value-added tax. Additional learners above 2,400 are charged at CNY 160 per learner per Subscription Year, pro rata, and are not part of the Total Order Value.

### A5. Invoicing and Payment

- The Subscription fee is invoiced quarterly, at the start of each quarter of a Subscription Year, in equal amounts of CNY 99,000. The first quarterly invoice is issued on the Go-Live Date.
- The Onboarding fee is invoiced once, after the Customer signs the onboarding acceptance certificate.
- The Customer pays each undisputed invoice within 30 days of receipt by bank transfer to the Provider's account in CNY.
- No amount is payable before the Go-Live Date.

### A6. Contacts and Notices

Provider account manager: Ms. Anjali Menon, anjali.menon@learnloop.example. Customer project owner: Mr. Zhou Lei, HR Learning Centre. Notices under this Order Form are given by email with confirmation of receipt, or by courier to the addresses in A1.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Services" means the subscription service described in A2, including the hosted platform, the mobile app and support.

1.2 "Customer Data" means all data, content and files submitted to the Services by or for the Customer, including learner records, course content created by the Customer and assessment results.

1.3 "Customer Materials" means course templates, learning paths, certificate designs, reports and integration mappings created by the Provider specifically for the Customer during onboarding or later at the Customer's request.

1.4 "Service Credit" means a credit calculated under Section 5.

### 2. Provision of the Services

2.1 The Provider shall make the Services available to the Customer's authorised users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 The Provider may improve the Services from time to time but shall not materially reduce the functionality described in A2 during the Subscription Term.

2.3 The Customer is responsible for the accuracy of the data it submits, for the conduct of its users and for keeping user passwords private.

### 3. Onboarding

3.1 The Provider shall complete onboarding within 50 days after both parties sign this Order Form, following the onboarding plan agreed at the kick-off meeting.

3.2 The Customer shall provide the HR system interface specification, the historical training records and a project owner with authority to take decisions.

### 4. Onboarding Acceptance

4.1 The Provider shall notify the Customer when onboarding is complete. The Customer shall test the tenant within ten working days against these criteria: (a) single sign-on works for all test users across the Customer's three domains; (b) the daily HR interface creates, updates and deactivates learner accounts correctly on five consecutive days; (c) the migrated training records reconcile with the Customer's source files by learner and course; and (d) the reporting module produces the twelve standard reports listed in the onboarding plan.

4.2 If the criteria are met, the Customer signs the onboarding acceptance certificate. If not, the Provider shall fix the defects and the Customer shall test again. The use of the platform for pilot courses before acceptance is not acceptance.

### 5. Service Levels

5.1 The Provider shall make the Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 Beijing time.

5.2 Support is available around the clock for Priority 1 incidents and during Beijing business hours for other incidents. Response times: Priority 1 (the platform is unavailable to all users) within 30 minutes; Priority 2 (a major function is unavailable) within two hours; Priority 3 (other issues) within one business day.

5.3 If monthly availability falls below the commitment in Section 5.1, the Customer receives a Service Credit of 5% of the monthly equivalent of the Subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that monthly fee. A late Priority 1 response earns a Service Credit of CNY 800 per occurrence. Service Credits are deducted from the next invoice.

### 5A. Account Management and Product Updates

5A.1 The Provider shall appoint a customer success manager who meets the Customer's learning team every quarter to review usage, open tickets, adoption of new features and the Customer's training calendar.

5A.2 The Provider shall announce new releases at least ten days before they take effect, publish release notes in English and Chinese, and give the Customer access to a preview environment so that course administrators can check changes before they reach learners.

5A.3 The Provider shall keep the mobile app available in the app stores commonly used in mainland China and shall support the two most recent versions of the major mobile operating systems.

### 6. Ownership

6.1 The Provider owns the Services, the platform and its documentation, and all improvements to them.

6.2 The Customer owns the Customer Materials. The Provider assigns to the Customer all rights in the Customer Materials on creation, and the Customer may use, modify and share them without restriction, including after the end of the subscription.

6.3 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Services to the Customer. At the end of the Subscription Term, the Provider shall make the Customer Data available for export for 60 days and shall then delete it.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed under this Order Form, shall use it only for this Order Form, and shall not disclose it except to its employees and advisers who need to know it and are bound by similar obligations.

7.2 This Section continues for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 The Provider may use subcontractors, including hosting, content delivery and support partners, to provide the Services. The Provider shall inform the Customer by email of any new subcontractor before it starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

### 9. Delay in Onboarding

9.1 If onboarding is not accepted within the period in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to CNY 42,000.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value.

10.2 The limit does not apply to a party's liability for personal injury, fraud, wilful misconduct or breach of Section 7.

10.3 Neither party is liable for indirect or consequential loss, except under Section 10.2.

### 11. Term and Termination

11.1 This Order Form takes effect on signature by both parties and continues until the end of the second Subscription Year.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after notice of the breach.

11.3 If the Customer terminates under Section 11.2, the Provider shall refund the fees paid for any period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.3 This Order Form is the entire agreement on its subject and replaces all prior proposals. Amendments must be in writing and signed by both parties.

For the Provider: ____________________  Date: ________

For the Customer: ____________________  Date: ________
"""

E03 = """T:Supply and Licence Contract - Wireless Condition Monitoring System
P:Contract No. GXZY-EQ-2026-077
P:Buyer: Guangxi Zhongye Paper Co., Ltd., registered in Guigang, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Lanka Sensorworks (Private) Limited, registered in Colombo, Sri Lanka, with its project office in Colombo 03 (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment and software procurement. The Buyer selected the Supplier after a competitive tender for a wireless vibration and temperature monitoring system covering the paper machines, pulpers, refiners and pumps of its Guigang mill.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways, mounting kits and spare parts listed in clause 2.2.
P:1.2 "Software" means the Supplier's SenseWatch condition monitoring software, including the analytics server, web client and mobile alert app, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Custom Work" means the asset hierarchy, alarm rules, dashboards, interface to the Buyer's maintenance management system and any other configuration or code prepared by the Supplier for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's maintenance management system, train the Buyer's staff and support the System during the warranty period.
P:2.2 The Contract Price is CNY 2,120,000, fixed and inclusive of all taxes, duties, freight and insurance to the mill, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, with mounting kits|420|2,480|1,041,600
TB:2|Industrial wireless gateways with outdoor enclosures|36|9,600|345,600
TB:3|SenseWatch software, perpetual site licence (unlimited assets and users)|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,873,200
TB:4|Installation, configuration and commissioning|1 lot||212,800
TB:5|Training (operators, reliability engineers, administrators)|1 lot||34,000
TB:|Contract Price|||2,120,000
P:2.3 The Equipment shall be new, of the models stated in the Supplier's tender, and suitable for the humid and dusty conditions of a paper mill.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Guigang mill for an unlimited number of assets and users, including for backup, testing and disaster recovery.
P:3.2 The Software remains the property of the Supplier or its licensors.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 212,000) within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Delivery payment: 55% of the Contract Price (CNY 1,166,000) within 20 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms quantities and installation only and is not acceptance of the System.
P:4.3 Final payment: 35% of the Contract Price (CNY 742,000) within 20 days after Final Acceptance.
P:4.4 Each payment requires the Supplier's valid invoice. Payments are made in CNY.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver all Equipment to the mill within 70 days after signature and complete installation within 45 days after delivery, in coordination with the Buyer's production schedule.
P:5.2 The acceptance criteria are: (a) every sensor reports vibration and temperature to the analytics server at the configured interval, with data loss of less than 0.5% over 14 consecutive days; (b) sensor readings on ten reference machines agree with measurements from the Buyer's calibrated portable analyser within the tolerance in the technical specification; (c) alarms reach the mobile app within 60 seconds; (d) work requests are created automatically in the maintenance management system for every test alarm; and (e) no open Severity 1 or Severity 2 defect.
P:5.3 After a trial run of 30 days in which the criteria in clause 5.2 are met, the Buyer shall sign the final acceptance certificate. Installation, use of the System or any payment is not acceptance. If the criteria are not met, the Supplier shall correct the defects at its own cost and the trial run shall restart.
P:5.4 Packing, marking and delivery documents shall follow the Annexes. Each sensor shall carry a label with its serial number and the asset it is assigned to, and the Supplier shall deliver a complete installation record with photographs of every mounting point.
P:5.5 Training: the Supplier shall train ten reliability engineers for five days on vibration analysis with the Software, twenty operators for one day on the mobile alert app, and two administrators for three days on server maintenance, backup and user management. Training materials shall be provided in Chinese.
P:5.6 The Supplier shall assign a project manager and a commissioning engineer who speak Chinese or are supported by a qualified interpreter at the Supplier's cost, and shall keep them at the mill from the start of installation until the end of the trial run.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall replace defective Equipment, including sensor batteries that fail early, correct Software defects and supply Software updates free of charge.
P:6.2 Service levels during the warranty period:
TB:Severity|Description|Response|Resolution
TB:Severity 1|Server or all gateways down, no monitoring of critical machines|2 hours|24 hours
TB:Severity 2|A gateway or more than ten sensors not reporting|6 hours|3 days
TB:Severity 3|Single sensor or minor software issue|next working day|10 working days
P:6.3 For each hour by which a Severity 1 response or resolution is late, the Supplier shall pay CNY 1,200, deducted from the retention or any amount due.
P:6.4 After the warranty period the Buyer may order annual support and spare-parts service at 8% of the Hardware and Licence Subtotal (CNY 149,856 per year). This fee is fixed for the three years following the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 All intellectual property rights in the Custom Work belong to the Buyer. The Supplier shall deliver the Custom Work with its source files at Final Acceptance, and the Buyer may use, modify and license it freely, including by other service providers.
P:7.2 The Supplier warrants that the System does not infringe any third-party right and shall indemnify the Buyer against any such claim.
H:8. Data Protection and Security
P:8.1 All measurement data, asset records, alarm histories and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy them or take them out of the Buyer's network.
P:8.2 The analytics server shall be installed in the Buyer's data room. Remote access by the Supplier is allowed only through the Buyer's remote access gateway, with an account approved for each session and all activity logged.
P:8.3 The gateways shall use encrypted communication and shall not connect to any network other than the Buyer's. The Supplier shall report any security incident affecting the System within 12 hours, cooperate with the Buyer's investigation and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment and production received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent, for three years after the end of the warranty period.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation labour may be subcontracted only to a contractor approved in writing by the Buyer, and the Supplier remains fully responsible for it.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any part of the System not accepted and shall bear the Buyer's additional costs of completing the work.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. General
P:14.1 Force majeure excuses a delay only if the affected party gives notice within five days and provides evidence.
P:14.2 The Annexes (Technical Specification, Equipment List by Machine, Training Plan) form part of this Contract. This Contract is signed in four originals, two for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED APPLICATION SERVICES AGREEMENT

**Agreement No.** HM-AMS-2026-031

**Between**

**Customer:** Wuhan Jiangcheng Pharmaceutical Distribution Co., Ltd., registered in Wuhan, Hubei Province, People's Republic of China ("Customer").

**Service Provider:** Himal Digital Services Pvt. Ltd., registered in Kathmandu, Nepal, with its delivery centre in Lalitpur ("Provider").

**Background.** Customer runs its order-to-cash, procurement, warehouse and finance processes on an ERP system with custom extensions and a distributor portal. Customer wishes to outsource application support, minor enhancements and batch monitoring to Provider for a fixed term of 36 months. Provider will deliver the services mainly from its delivery centre, with a coordinator on Customer's site in Wuhan.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.5 "Customer Data" means all data of Customer, its customers and suppliers that Provider accesses or processes in performing the Services, including order, pricing, batch and financial data.

1.6 "Deliverables" means enhancements, reports, interfaces, scripts, runbooks and documentation produced by Provider under this Agreement.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service term and does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Services

3.1 Provider shall perform the Services in Schedule 1 with qualified staff, in accordance with the Service Levels and Customer's change management, release and access policies.

3.2 Provider shall maintain a named team of at least nine people, including a service delivery manager, and shall not reduce the team or replace key persons without Customer's consent.

3.3 Provider shall keep a knowledge base of all incidents, problems, changes and standard procedures, which belongs to Customer and is handed over at the end of the term.

3.4 Provider's service delivery manager shall meet Customer's IT manager every month to review the service report, open problems, planned releases and the enhancement backlog, and shall attend a quarterly review with Customer's business process owners at Customer's site in Wuhan. Minutes of each review shall be issued within three working days.

## 4. Transition

4.1 Provider shall complete knowledge transfer from Customer's current support team within 60 days after signature, following the transition plan agreed at kick-off.

4.2 Transition acceptance criteria: (a) Provider's team has handled all incidents in shadow mode for 15 consecutive working days with no Priority 1 or Priority 2 incident mishandled; (b) runbooks for all batch jobs and interfaces listed in Schedule 1 are written and approved by Customer; (c) access for all team members has been set up under Customer's access policy; and (d) Provider has passed a documented reverse-presentation review by Customer's application owners.

4.3 When the criteria are met, Customer signs the transition acceptance certificate. Shadow work or payment of any invoice is not acceptance.

4.4 If the Service Commencement Date is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay delay damages of 0.02% of the Total Contract Value for each day of delay, and Customer's existing support arrangements shall continue at Provider's cost for the period of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 every month and report performance in a monthly service report within five working days after month end.

5.2 If a Service Level is missed, Provider shall pay the service credit set out in Schedule 2, deducted from the next monthly invoice. Service credits do not limit Customer's other remedies.

5.3 If the same Service Level is missed in three consecutive months, Provider shall prepare a remediation plan within ten working days and carry it out at its own cost.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3 and are fixed for the service term. The Total Contract Value is CNY 2,184,000.

6.2 The Transition Fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days of receipt.

6.3 No charge is payable before the Service Commencement Date.

## 7. Intellectual Property

7.1 All intellectual property rights in the Deliverables belong to Customer upon creation. Customer may use, modify and license them freely, including by another service provider.

7.2 Provider keeps its pre-existing tools and methods, and grants Customer a free, perpetual licence to use any of them embedded in a Deliverable.

## 8. Data Protection and Security

8.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and shall not use, copy or keep it for any other purpose.

8.2 Provider shall access Customer's systems only through Customer's bastion host and VPN with multi-factor authentication, using named accounts. Production data shall not be copied to Provider's systems; test data shall be masked by Customer before it is made available.

8.3 Provider shall comply with PRC data protection and cybersecurity laws, including the rules on cross-border access to data, and shall follow the access restrictions Customer sets for personal information.

8.4 Provider shall report any actual or suspected security incident affecting Customer Data within 6 hours, cooperate in its investigation and remediation, and indemnify Customer for losses, fines and costs caused by Provider's breach of this Section.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and disclose it only to staff who need to know it. This Section continues for three years after the end of this Agreement.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Sections 8 and 9.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 Service Levels in three months of any six-month period.

12.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the monthly rate in Schedule 3, pro rata, and hand over all Deliverables, runbooks and the knowledge base.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 14. General

14.1 Neither party is liable for delay caused by force majeure, provided it gives prompt notice and resumes performance as soon as possible.

14.2 This Agreement and its Schedules are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Incident management | ERP modules for sales, purchasing, inventory, warehouse and finance; distributor portal; interfaces to the warehouse control system, tax invoice system and banks | Priority 1 around the clock; others 08:30-20:30 Beijing time, Monday to Saturday |
| Batch and interface monitoring | Nightly and intraday batch jobs, EDI and API interfaces, month-end closing jobs | Around the clock |
| Problem management | Root-cause analysis for Priority 1 and repeated Priority 2 incidents | Business hours |
| Minor enhancements | Up to 320 person-hours per quarter of changes under 40 person-hours each | Business hours |
| Release support | Testing and deployment of enhancements and vendor patches | Agreed windows |

## Schedule 2 - Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 response (business stopped) | within 6 hours | 3% of the Monthly Service Charge per incident |
| Priority 1 resolution or workaround | within 16 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 response (major function impaired) | within 8 hours | 1% per incident |
| Priority 2 resolution | within 3 business days | 1% per incident |
| Nightly batch completion | before 06:30, with no more than two late completions in the month | 2% of the Monthly Service Charge |
| Monthly service report | within 5 working days after month end | CNY 1,000 |

Total service credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after the Service Commencement Date | 96,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |
| Additional enhancement hours | beyond Schedule 1, approved in writing | CNY 320 per person-hour, not included above |

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
SUPPLIER COMPLIANCE AND FACTORY RISK DATA API

Agreement No.: BSD-DS-2026-0088

PARTIES

This Data Subscription Agreement is made between:

(1) Bengal SourceData Limited, a company incorporated in Bangladesh with its office in Gulshan, Dhaka ("Provider"); and

(2) Ningbo Yongxin Apparel Sourcing Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Provider compiles and maintains a database of garment and textile factories in South Asia, including factory profiles, certifications, social and building-safety audit results, capacity and ownership information, and news-based risk signals, and makes it available through an application programming interface (the "API") and a web portal. Customer sources garments from several hundred factories and wishes to use the data in its supplier onboarding and risk-review processes.

1. DEFINITIONS

1.1 "Data" means the factory records, audit summaries, risk scores and other content made available by Provider through the API, the portal and bulk files.

1.2 "Subscription Year" means each of the two successive one-year periods starting on the Start Date.

1.3 "Start Date" means the date on which Customer confirms acceptance of the initial delivery under clause 4.

1.4 "Customer Data" means supplier lists, factory identifiers, queries, notes and any other information that Customer uploads to or submits through the API or portal.

1.5 "Custom Outputs" means the risk-scoring configuration, field mappings and report templates built by Provider specifically for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access and use the Data for Customer's internal supplier selection, monitoring and compliance purposes, by up to 40 named portal users and by Customer's own systems through the API.

2.2 The API allowance is 300,000 calls per Subscription Year. Calls above the allowance are charged at CNY 0.6 per call and are invoiced quarterly in arrears.

2.3 Customer may keep Data downloaded during the term in its internal records for audit purposes after the term, but may not resell or publish it.

3. INITIAL DELIVERY

3.1 Within 40 days after signature, Provider shall (a) match Customer's supplier list of about 1,800 factories against its database, (b) deliver a bulk file of the matched factory records with six years of audit history where available, (c) issue API credentials for Customer's production and test environments, and (d) configure the Custom Outputs.

3.2 If Provider fails to complete the initial delivery within the period in clause 3.1 for reasons attributable to it, Provider shall pay Customer delay damages of 0.1% of the Contract Value for each day of delay, up to 10% of the Contract Value.

4. ACCEPTANCE OF THE INITIAL DELIVERY

4.1 Customer shall check the initial delivery within ten working days against these criteria: (a) at least nine in ten of the factories on Customer's list are matched, and every unmatched factory is listed with a reason; (b) a sample of 100 matched records checked by Customer against audit reports in its own files shows no more than three material errors; (c) the API returns the documented fields for test queries from Customer's supplier management system; and (d) the Custom Outputs produce the risk report in the agreed format.

4.2 If the criteria are met, Customer confirms acceptance in writing, and that date is the Start Date. If not, Provider shall correct the delivery and Customer shall check it again.

5. SERVICE AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to update the Data regularly. Provider does not commit to any availability level or update frequency.

5.2 Provider provides support by email and through its ticket system during Dhaka business hours. Provider will try to answer tickets promptly but does not guarantee response or resolution times.

5.3 Provider may suspend the API for maintenance, normally outside Customer's business hours.

5A. USE RESTRICTIONS AND CUSTOMER OBLIGATIONS

5A.1 Customer shall not (a) resell, sublicense or publish the Data, (b) use the Data to build a competing database, (c) share portal accounts between users, or (d) use automated tools to extract the Data other than through the API within the allowance.

5A.2 Customer may show individual factory records and risk reports to the factory concerned and to Customer's own clients, auditors and regulators, in each case for the purpose of supplier compliance.

5A.3 Customer is responsible for keeping its API keys secure and shall tell Provider promptly if it believes a key has been disclosed, so that Provider can revoke it and issue a new one.

5A.4 Customer acknowledges that audit results and risk signals reflect information available to Provider at the time and that Customer remains responsible for its own sourcing decisions.

5B. ACCOUNT REVIEWS

5B.1 Provider's account manager shall meet Customer's compliance team online once every quarter to review usage, data questions raised by Customer and planned changes to the API. Provider shall give Customer at least 60 days' notice of any change that removes a field or changes the format of an API response, and shall keep the previous API version available during that period so that Customer can adapt its systems.

6. FEES AND PAYMENT

6.1 The subscription fee is CNY 268,000 per Subscription Year. The Contract Value for the two Subscription Years is CNY 536,000. Overage charges under clause 2.2 are not part of the Contract Value.

6.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice. No fee is payable before the Start Date.

6.3 All fees include applicable taxes. Customer may withhold any tax required by PRC law and provide the tax receipt.

7. RENEWAL

7.1 At the end of the second Subscription Year this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

7.2 For each renewal period the fee is Provider's list price in force at the start of that period. Provider may increase the fee for a renewal period by notifying Customer at any time before the renewal period starts.

8. OWNERSHIP

8.1 Provider owns the Data, the database, the API and the portal.

8.2 Customer owns the Custom Outputs. Provider shall deliver them in editable form at acceptance, and Customer may use, modify and have them maintained by others without restriction.

8.3 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services under this Agreement to Customer, shall not add it to the Data, and shall not disclose it to other customers.

9. DATA SECURITY

9.1 Provider shall protect Customer Data with access controls, encryption in transit and at rest, logging of administrative access, and secure deletion at the end of the term.

9.2 Provider shall ensure that only its staff who need access for support purposes can access Customer Data, and that they are bound by written obligations.

9.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to Customer Data, take prompt steps to contain it, and compensate Customer for losses caused by Provider's failure to comply with this clause 9.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's supplier list and sourcing volumes, and shall use it only for this Agreement. This clause continues for three years after the end of this Agreement.

11. WARRANTIES

11.1 Provider warrants that it has the right to license the Data and that it collects and compiles the Data in compliance with the laws that apply to it.

11.2 Provider shall correct any material error in the Data notified by Customer within ten working days after notice.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Value.

12.2 The limit does not apply to breach of clauses 9 and 10, infringement claims, fraud or wilful misconduct.

13. SUBCONTRACTING

13.1 Provider shall not subcontract any service to be performed for Customer under this Agreement without Customer's prior written consent. Provider's use of public data sources and audit firms for compiling the Data is not subcontracting.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

14.2 If Customer terminates under clause 14.1, Provider shall refund the unused part of the fee for the current Subscription Year.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules.

16. GENERAL

16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including political unrest, floods and nationwide network outages, provided it notifies the other party promptly.

16.2 Neither party may assign this Agreement without the other party's written consent.

16.3 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.

For Provider: ____________________        For Customer: ____________________
Name and title:                           Name and title:
Date:                                     Date:
"""


def tagify(src):
    """Z02 is written as plain 一、/（一） text: headings 一、… become H:, other untagged lines P:."""
    out = []
    for line in src.splitlines():
        if not line.strip() or re.match(r"^(T|H|P|TB):", line):
            out.append(line)
        elif re.match(r"^[一二三四五六七八九十]+、", line):
            out.append("H:" + line)
        else:
            out.append("P:" + line)
    return "\n".join(out) + "\n"


FILES = {  # key: (file name, format, source)
    "z01": ("h617z01_earthquake_early_warning_platform.pdf", "pdf", Z01),
    "z02": ("h617z02_stainless_annealing_line_control_retrofit.docx", "docx", tagify(Z02)),
    "z03": ("h617z03_pet_grooming_booking_saas.txt", "txt", Z03),
    "z04": ("h617z04_citizen_card_system_om_service.txt", "txt", Z04),
    "z05": ("h617z05_pickle_fermentation_monitoring_supplier_template.md", "md", Z05),
    "e01": ("h617e01_wms_perpetual_licence_pune_vendor.pdf", "pdf", E01),
    "e02": ("h617e02_learning_saas_order_form_kochi_vendor.md", "md", E02),
    "e03": ("h617e03_condition_monitoring_sensors_colombo_vendor.docx", "docx", E03),
    "e04": ("h617e04_managed_application_services_kathmandu_vendor.md", "md", E04),
    "e05": ("h617e05_factory_risk_data_api_dhaka_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# key: (language, category, terms in TERM_KEYS order, extra, fee base for TCO or None, forum outside mainland,
#       design rule list)
G, S = "goods_or_licence", "service"
DESIGN = {
    "z01": ("zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2368000), 1180000, False, []),
    "z02": ("zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 28, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2520000), 2160000, False,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, False,
             True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=622000),
            None, False, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            [99.95, 0.25, True, "buyer", True, True, False, 0.08, None, None, True, None, None, None, False,
             False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1286000),
            None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("zh", "software",
            [None, 2, False, "supplier", True, False, True, None, None, 50, False, False, 6, None, False, True,
             True, "PRC", G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=844000), 420000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
             "India", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1962000), 1120000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            [99.95, 0.5, True, "buyer", False, True, True, 700 / 846000 * 100, 150, None, True, None, None, None,
             False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=846000),
            None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware",
            [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2120000), 1873200, False, []),
    "e04": ("en", "services",
            [None, 6, True, "buyer", True, True, True, 0.02, 150, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
            None, False, ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "e05": ("en", "cloud",
            [None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True,
             False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=536000),
            None, False, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds, as used below and never stated in a text
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(t, x, base):
    """Policy §4: horizon from acceptance; post-warranty years = horizon − warranty years; fee base = itemised
    licence/hardware subtotal. None when the fee is not a stated figure."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


NO_PCT_AFTER = r"(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时)", r"(?<![十\d])四个?小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100" + NO_PCT_AFTER, r"百分之一?百(?!分)", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30" + NO_PCT_AFTER, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:个)?(?:月|months?)", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.])15" + NO_PCT_AFTER, r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40" + NO_PCT_AFTER, r"百分之四十", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"(?<![十\d])五年", r"five[\s-]*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9％", "4小时", "4 hours", "4-hour", "四小时", "四个小时", "four hours", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "forty percent", "5年",
            "5 years", "五年", "five years", "5-year"]
MUST_MISS = ["99.95%", "99.98", "24小时", "24 hours", "14 hours", "二十四个月", "0.058%", "万分之五十", "150%",
             "130%", "1.30%", "18个月", "112 months", "115%", "140%", "15 days", "十五日", "2025年", "十五年",
             "35%", "45%", "10%", "20 days", "0.5 h"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    fired = set()
    for key, (name, fmt, _src) in FILES.items():
        lang, cat, terms, extra, base, forum_outside, design = DESIGN[key]
        t = dict(zip(TERM_KEYS, terms))
        assert len(terms) == len(TERM_KEYS)
        # label values never on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        share = tco_share(t, extra, base)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (key, share)
        rules = derive(t, extra, base, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        fired |= set(rules)
        # text read back: length and threshold scan
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%s  %-62s %s %5d  risk=%-6s tco=%s  %s" % (key, name, lang, n, risk(rules),
                                                          None if share is None else round(share, 1),
                                                          ", ".join(r[3:] for r in rules) or "(none)"))
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    print("all %d rules fire at least once" % len(ALL_RULES))


if __name__ == "__main__":
    main()
