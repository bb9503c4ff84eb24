"""holdout877: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx / .pdf come from ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市商务局会展活动备案与服务平台建设项目合同
P:合同编号：SWJ-ZFCG-2027-031　　采购方式：公开招标
P:甲方（采购人）：某市商务局
P:乙方（供应商）：杭州会联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就会展活动备案与服务平台（以下称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供会展活动备案与服务平台软件（标准版V3）永久使用许可，覆盖市、区两级商务部门用户，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括：展会备案网上申报与审批流程、主办方信用档案、展馆档期查询、安全保卫方案线上报备、会展统计直报及分析看板、与市政务服务平台统一身份认证及电子证照库的接口，以及面向会展主办方的移动端办事入口。
P:1.3 乙方负责部署实施、历史备案数据迁移和用户培训，详细需求以招标文件技术需求书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），包含：平台软件许可费620,000元；定制开发费598,000元；部署实施费168,000元；数据迁移费50,000元；培训费32,000元。
P:2.2 合同总价为固定价格（分项价格以投标报价表为准），已含税费、差旅、第三方组件费用及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署及定制开发并提交初步验收申请，初步验收通过后进入三个月试运行期。
P:4.2 乙方应组建不少于八人的项目组，项目经理须具备同类平台实施经验，未经甲方同意不得更换；乙方每周向甲方提交项目周报，说明进度、风险和需甲方配合的事项。
P:4.3 甲方负责协调市政务服务平台、电子证照库主管单位提供接口规范和联调环境，并提供历史备案数据导出文件；乙方应在收到资料后五个工作日内提出数据清洗规则，经甲方确认后实施。
P:4.4 因甲方原因造成的延误，工期相应顺延；因乙方原因造成的延误，按第十一条处理。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；历史备案数据迁移经全量比对准确无误；与政务服务平台统一身份认证和电子证照库接口联调通过；在500个并发用户下，页面平均响应时间不超过2秒；第三方机构出具的安全测评报告无中高风险问题。
P:5.2 最终验收标准：试运行期内无一级故障，全部遗留问题已关闭，乙方已提交源代码、数据库设计、运维手册等全部文档。
P:5.3 乙方应在提交初步验收申请时一并提交测试报告、部署文档、数据迁移比对记录及用户手册；甲方在收到完整资料后十个工作日内组织验收。验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担。
P:5.4 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 乙方应为甲方及各区商务部门提供不少于三期集中培训及操作手册，确保业务人员能够独立完成备案审批、统计直报和看板查询操作。
P:6.3 质保期内乙方每季度开展一次现场巡检，提交巡检报告及安全漏洞修复情况，并配合甲方完成年度等级保护测评。
P:6.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过55,800元），该价格在质保期满后三个服务年度内保持不变。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意并安排在非工作时间。
P:7.2 一级故障（平台无法访问或备案审批无法办理）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述服务水平的，每迟延一小时扣减质保金1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
H:第八条 知识产权
P:8.1 定制开发形成的软件、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:8.2 平台标准产品的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台中的备案数据、企业信息及统计数据属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 双方对在履行本合同中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同全部或部分转包、分包给第三方。
P:12.2 乙方使用的第三方开源或商业组件应在投标文件中列明，并保证其来源合法、许可完整，不得因此向甲方另行收费。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及全部甲方数据，并配合甲方完成系统交接。
P:13.3 合同因政府采购政策调整需要变更或终止的，双方协商处理。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分，其解释顺序为：本合同、中标通知书、招标文件、投标文件。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

Z02 = """T:水壶生产线控制系统改造合同
P:合同编号：HX-SB-2027-008
P:甲方：浙江永康恒鑫厨具电器有限公司（水壶厂）
P:乙方：宁波智控自动化工程有限公司
P:甲方拟对其不锈钢电水壶冲压、焊接、装配及检测六条生产线的控制系统进行改造，乙方经询价比选确定为供应商。双方依据《中华人民共和国民法典》，就设备供货、软件许可及安装调试等事项订立本合同。
H:第一条 合同标的
P:1.1 乙方负责六条生产线控制系统的整体改造，包括PLC控制柜更换、伺服驱动改造、人机界面（HMI）升级、车间工业网络建设、MES数据采集软件及组态软件的供货与许可、视觉检测单元的安装，以及PLC程序和HMI画面的重新开发。
P:1.2 改造范围内的电气设计、图纸绘制、旧系统程序备份与迁移、控制柜安装接线、网络布线及与甲方现有ERP系统的订单接口，均由乙方负责。
P:1.3 改造完成后，各生产线应实现订单自动下发、工艺参数集中管理、产量及不良品实时采集和设备状态监视。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），明细见下表。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|128,000|768,000
TB:2|伺服驱动改造|6套|46,000|276,000
TB:3|触摸屏HMI|12台|9,500|114,000
TB:4|工业交换机及车间网络|1批|168,000|168,000
TB:5|MES数据采集软件许可|1套|326,000|326,000
TB:6|组态软件许可|6套|18,000|108,000
TB:7|视觉检测单元|4套|25,000|100,000
TB:|设备及软件小计|||1,860,000
TB:8|安装调试|1项|214,000|214,000
TB:9|PLC程序及接口开发|1项|86,000|86,000
TB:10|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||2,180,000
P:2.2 设备应为原厂全新产品，乙方应随货提供装箱单、合格证及原厂质保证明；软件许可应以甲方名义登记，许可期限为永久。
P:2.3 上述价格已包含运输、保险、税费及安装调试期间乙方人员的食宿、交通、工具和劳动保护等全部费用，甲方不再承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、单线调试后，甲方支付合同总价的55%；到货安装不代表甲方对质量的验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备到货。改造按生产线逐条进行，每条线停线时间不超过六天，具体计划由双方在开工前书面确认，须避开甲方旺季订单交付期。
P:4.2 乙方应在开工前提交改造实施方案，内容包括停线切换步骤、旧设备拆除及回退预案、程序备份方案和人员安排，经甲方生产部、设备部书面确认后方可实施。每条生产线改造完成后，乙方应配合甲方进行不少于两个班次的试生产。
P:4.3 拆除的旧控制柜、旧线缆等由乙方分类整理后交甲方处置，乙方不得擅自带离厂区。
P:4.4 乙方在改造期间应遵守甲方车间安全生产管理制度，动火、登高、带电作业须办理审批手续。
H:第五条 验收
P:5.1 验收标准：设备型号、数量与合同一致；各生产线连续带料运行七十二小时无停机故障；节拍达到每分钟十八只以上；MES采集数据与人工点检记录核对一致；视觉检测漏检率不高于千分之二；急停及安全联锁功能逐项测试合格。
P:5.2 每条生产线改造完成并试生产合格后，双方签署单线调试确认单，该确认单仅作为进度确认，不作为验收依据。
P:5.3 甲方在乙方提交验收申请后十日内组织验收，验收合格的签署最终验收证书。试生产或设备使用不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换及软件升级服务。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的28%计取，即每年520,800元，在质保期满后的各服务年度内固定不变。维保服务内容包括备件更换、程序维护、定期巡检及软件升级。
P:6.3 故障响应要求见下表。
TB:故障等级|定义|响应时间|到场时间
TB:一级|整条生产线停机|30分钟|2小时
TB:二级|单台设备故障，生产线降速运行|2小时|8小时
TB:三级|不影响生产的一般问题|1个工作日|3个工作日
P:6.4 质保期内乙方每半年对全部生产线进行一次预防性巡检，检查控制柜温升、接线紧固、伺服参数及网络状态，并提交巡检报告。乙方应在甲方厂区或一百公里范围内常备PLC模块、伺服驱动器及触摸屏等关键备件。
P:6.5 乙方超过上表时间响应或到场的，每超过一小时，甲方可扣减维保费或质保金800元。
H:第七条 知识产权
P:7.1 乙方为本项目开发的PLC程序、HMI画面、接口程序及其源文件归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托他人维护。
P:7.2 MES软件及组态软件标准产品的知识产权归原权利人，甲方获得永久使用许可。
P:7.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责并承担全部费用。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及设备运行数据属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准，并通过甲方指定的安全通道进行；乙方不得在设备中预留后门或未经授权的远程访问功能。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的损失。
H:第九条 保密
P:9.1 乙方及其人员对在甲方厂区接触到的生产工艺、模具及设备参数不得拍照、录像或对外传播。
P:9.2 乙方对甲方的工艺配方、产品图纸、客户及订单信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的单位，但应提前三个工作日书面告知甲方，并对分包单位的工作承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成生产线停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，按应付未付金额每日万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:12.2 合同解除时，乙方应配合恢复生产线的正常运行，不得以任何理由拆除已安装设备或锁定已交付程序。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。双方应首先通过友好协商解决争议；协商期间，除有争议的部分外，双方应继续履行合同。争议协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 其他
P:14.1 附件《设备及软件清单》《改造实施方案》《验收测试记录表》为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

Z03 = """合气道连锁道馆预约及会员管理系统服务合同

合同编号：HQD-IT-2027-02
甲方：上海合和合气道文化发展有限公司（下设四十家直营道馆）
乙方：成都云馆科技有限公司

鉴于甲方需要为其连锁道馆统一建设课程预约、会员管理和收银系统，乙方提供相应的软件即服务（SaaS）及实施服务，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方四十家道馆提供“云馆”预约及会员管理系统的在线使用服务，包括课程排期、学员预约与签到、会员卡及课时包管理、段位考试报名、教练排班与课时统计、在线收银与对账、微信小程序端及总部经营看板。
（二）实施服务：乙方负责系统开通与参数配置、四十家道馆的历史会员及课时余额数据迁移、与甲方财务系统的对账接口、小程序品牌定制，以及对道馆店长、前台和教练的培训。
（三）乙方为甲方提供一名专职客户成功经理，负责需求对接、上线推广和服务报告，并每季度到总部进行一次服务回顾。
（四）服务期：两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。

二、合同价款
（一）年度订阅费：每家道馆每个服务年度6,800元，四十家道馆每个服务年度合计272,000元，两个服务年度合计544,000元。
（二）一次性实施费：96,000元。
（三）合同总价：640,000元（含税）。新增道馆按同一单价按月折算计费；道馆关闭的，自关闭次月起停止计费。
（四）上述费用已包含短信通知、云服务器、存储、带宽及支付通道对接费用，乙方不得以用户量或数据量增长为由另行收费。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）年度订阅费按季度结算，每季度结束后十个工作日内，甲方根据乙方提交的服务报告及发票支付该季度费用。
（三）本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并申请上线验收。
（二）验收标准：
1. 合同约定功能全部可用；
2. 历史会员、课时余额、储值余额及段位记录迁移后与甲方原系统逐条核对一致；
3. 财务对账接口连续十个营业日对账无差异，收银流水与支付渠道结算记录一致；
4. 抽取五家道馆试点运行两周，无一级故障；
5. 小程序通过微信平台审核并正式发布；
6. 乙方已提交系统配置说明、数据迁移报告及培训记录。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统开通或甲方试用不视为验收合格。
（四）甲方有权在验收前要求乙方对发现的问题进行整改，整改期间不计入甲方的验收期限。
（五）乙方未能按期申请上线验收或验收不合格导致上线延误的，每延误一日，向甲方支付违约金480元。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨零点至六点之间，并提前三日通知甲方。
（二）故障响应：
1. 一级故障（系统整体无法登录、预约或收银功能不可用）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常，可临时绕行）：2小时内响应，24小时内解决；
3. 三级故障及咨询：1个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的2%给予服务费扣减；一级故障未按时响应或恢复的，每次扣减当月订阅费的1%。扣减在下一期结算时直接抵扣。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方应提供每日九点至二十一点的电话及在线客服支持，道馆营业高峰（周末及寒暑假）期间另设专人值守。乙方进行系统版本更新前，应提前七日向甲方说明更新内容，重大功能变更须征得甲方同意，不得降低已上线功能。

六、续期与价格
（一）服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
（二）自动续期时，乙方有权根据市场情况调整年度订阅费单价，调整幅度不超过上一服务年度单价的8%，乙方书面通知甲方后即按调整后的价格结算。

七、数据归属与数据安全
（一）甲方及其学员的会员信息、预约记录、交易流水等全部业务数据属于甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应在道馆前台及小程序中展示经甲方确认的隐私政策，收集学员及未成年学员监护人信息须取得合法授权，不得超范围收集。
（三）乙方应依照《个人信息保护法》《数据安全法》落实安全措施：数据存储于中国境内，传输和存储加密，按最小权限管理后台账号，操作日志保存不少于六个月，每日备份。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方通知学员及向监管部门报告，并承担因乙方原因造成的全部损失。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式（如CSV或Excel）导出并移交全部数据，移交完成后删除其系统中的甲方数据并出具书面确认。

八、知识产权
（一）“云馆”系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。平台的通用功能升级由乙方自行决定，但不得减损已约定功能。
（二）乙方为甲方定制的小程序页面、品牌素材、对账接口程序及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方继续开发。

九、保密
（一）双方对履行本合同知悉的对方商业秘密、经营数据和学员信息负有保密义务，未经对方书面同意不得披露，合同终止后保密义务继续有效。
（二）乙方员工接触甲方数据前应签署保密承诺，乙方应对其员工的泄密行为承担责任。

十、人员与培训
（一）乙方应指定一名实施项目经理，在实施期间每周向甲方汇报进度，项目经理未经甲方同意不得更换。
（二）乙方应为四十家道馆分批开展线下或线上培训，每家道馆至少覆盖店长、前台各一人，并提供操作视频和常见问题手册。
（三）新增道馆开通时，乙方应在五个工作日内完成配置和培训，不另收实施费。

十一、转包与分包
乙方不得将本合同项下服务转包；如需将部分实施工作分包，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十二、违约与解除
（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付但未使用期间的订阅费。
（二）甲方逾期付款超过三十日，经乙方催告后仍未支付的，乙方可暂停服务，但应提前七日书面通知并保留全部数据。
（三）因乙方原因给甲方造成损失的，乙方应予赔偿。
（四）合同解除或终止时，乙方应继续提供不少于三十日的只读访问，协助甲方完成数据导出和系统切换，期间不另收费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十四、其他
（一）本合同附件与正文不一致的，以正文为准。双方的通知以本合同载明的地址和联系人为准，以书面或电子邮件方式送达。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《功能清单》、附件二《道馆名单》为本合同组成部分。

甲方（盖章）：　　　　　　　乙方（盖章）：
"""

Z04 = """名人故居参观预约系统运维服务合同

项目编号：WLJ-CS-2027-006（竞争性磋商）
甲方：某市文化广电旅游局
乙方：南京景联信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方为市属名人故居参观预约系统（含网站、微信公众号预约入口、现场核验闸机接口及后台管理系统）提供年度运维服务，双方订立本合同。

第一条 服务范围
（一）系统日常运维：应用及数据库运行监控、故障处理、补丁更新、备份与恢复演练、版本发布管理。
（二）驻场服务：乙方派驻一名具有三年以上同类系统运维经验的工程师在甲方指定地点工作，工作日全天在岗，节假日及参观高峰期按甲方排班在岗。
（三）安全巡检与加固：每季度开展一次漏洞扫描和渗透测试，每月检查服务器、数据库及中间件的安全配置，对发现的问题完成整改；配合甲方完成网络安全等级保护测评。
（四）应急保障：制定系统故障、网络攻击、预约量激增等应急预案，每半年组织一次演练；春节、五一、国庆等参观高峰期及重大活动期间，乙方安排专人远程值守，保障预约、核验和统计功能正常。
（五）小程序及后台的小范围功能优化，每个服务期内不超过二十个人日。
（六）运维报告：乙方每月提交运维月报，内容包括系统运行情况、可用率统计、工单及处理结果、容量与性能分析、安全事件及整改建议；每季度提交季度总结并参加甲方组织的运维例会。
（七）配合事项：配合甲方完成门票政策调整、开放时间调整、临时闭馆公告等业务参数变更，变更须在甲方书面通知后一个工作日内完成并经甲方确认。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方在服务期内不得以任何理由中断服务，服务期满后甲方新采购的运维单位进场前，乙方应继续提供过渡服务，过渡期不超过三十日，按日折算计费。服务期满不自动续期，甲方如需继续采购，另行依法组织采购。

第三条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括：系统运维费218,000元；驻场服务费118,000元；安全巡检与加固费32,000元；高峰期应急保障费18,000元。
（二）合同总价为固定包干价，包含人员、交通、工具软件及税费等全部费用。
（三）乙方应为甲方提供增值税专用发票，甲方据此付款；发票不合规的，付款期限相应顺延。
（四）服务费按季度支付：每季度结束且该季度考核合格后十五个工作日内，甲方支付合同总价的四分之一。甲方不支付预付款。

第四条 进场与交接
（一）乙方应在服务期开始前十日内完成与原运维单位的交接，包括账号、文档、备份及未结问题清单，并于服务期首日正式进场。
（二）乙方未能按期进场或交接的，每迟延一日，按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（一）预约系统（含预约入口及核验接口）月度可用率不低于99.95%。
（二）一级故障（公众无法预约或现场无法核验入馆）：乙方应在15分钟内响应，1小时内到场或远程介入，3小时内恢复；二级故障：1小时内响应，8小时内解决；三级问题：1个工作日内处理。
（三）乙方未达到前款要求的，每发生一次，扣减当季服务费3,000元（同一故障不重复扣减）；月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。扣减在季度结算时直接抵扣。

第六条 考核与验收
（一）季度考核：甲方每季度根据工单记录、监控报表、巡检报告和游客投诉情况，对可用率、故障响应、问题关闭率和驻场出勤进行考核，考核结果书面确认。
（二）服务期满前，乙方应提交年度运维总结、系统现状评估及下一阶段运维建议，并完成与甲方或新运维单位的交接。
（三）年度验收：服务期满后二十日内，甲方组织验收。验收标准为：全年月度可用率均达到第五条要求；一级故障均按时恢复；安全巡检发现的高危漏洞全部整改；运维文档、配置台账、备份介质及全部账号已完整移交。验收以书面报告为准。

第七条 数据安全
（一）系统中的游客实名信息、预约及入馆记录、统计数据属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得复制、留存或向第三方提供。
（二）乙方人员访问生产环境须通过甲方堡垒机，实行一人一账号，操作全程审计，账号权限在人员离场当日注销；禁止将生产数据导出至个人设备。
（三）发生数据泄露、篡改或丢失事件的，乙方应在1小时内向甲方报告，立即采取处置措施，配合调查，并承担因乙方原因造成的全部法律责任和损失。

第八条 知识产权
（一）运维期间乙方编写的脚本、配置文件、二次开发的程序代码及运维文档，知识产权归甲方所有，甲方可自行使用、修改或交由其他单位使用。
（二）乙方保证其提供的服务及工具不侵犯第三方的合法权利，因此产生的纠纷由乙方负责处理并承担费用。

第九条 人员管理
（一）乙方应建立由项目经理、驻场工程师和二线技术专家组成的服务团队，在本合同签订时提交人员名单、资质证书及联系方式。二线技术专家应能在一级故障发生时远程参与处置。
（二）乙方驻场及值守人员应具备相应资质，遵守甲方管理制度，未经甲方同意不得更换驻场工程师。乙方应为其人员缴纳社会保险并承担用工责任。
（三）驻场工程师因故缺勤的，乙方应安排同等能力人员顶岗，当季缺勤超过三个工作日且未安排顶岗的，每日扣减当季服务费500元。

第十条 分包
本项目不得转包或分包，乙方不得将驻场、巡检或应急保障工作交由其他单位或个人完成。乙方使用的监控工具、漏洞扫描工具等第三方软件由乙方自行取得合法授权，费用已含在合同总价中。

第十一条 责任限额
（一）乙方因履行本合同对甲方承担的累计赔偿责任（包括违约金和扣款），以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
（二）甲方逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付利息。

第十二条 合同解除
（一）乙方严重违反本合同约定，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
（二）合同解除或服务期满时，乙方应在十日内完成交接，移交全部账号、密码、配置、脚本、文档及备份数据，并删除其持有的系统数据副本，出具书面确认。交接未完成的，甲方可暂缓支付最后一个季度的服务费。

第十三条 不可抗力
因自然灾害、公共卫生事件等不可抗力导致本合同部分或全部不能履行的，受影响一方应在三日内通知对方并提供证明，双方协商确定服务调整及费用结算方式。

第十四条 争议解决
本合同的订立、履行和解释适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）本合同未尽事宜，按磋商文件及响应文件执行。磋商文件、响应文件、成交通知书及乙方在磋商过程中作出的书面承诺均为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：2026年12月　日
"""

Z05 = """# 锦绣工坊生产过程追踪系统软件许可及定制开发合同

（苏州织云软件有限公司标准合同文本 V4.0）

合同编号：ZY-HT-2027-0417

甲方：广州珠光珠绣工作室有限公司

乙方：苏州织云软件有限公司

甲方因珠绣产品生产管理需要，向乙方采购“锦绣工坊”生产过程追踪系统软件许可及定制开发服务。双方本着平等自愿的原则，依据《中华人民共和国民法典》订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“锦绣工坊”生产过程追踪系统（标准版）永久软件许可，授权甲方在其广州工作室及番禺外协加工点使用，授权用户数为六十个。

1.2 乙方根据甲方需求提供以下定制开发：订单与款式管理（含珠绣图稿、用珠用料清单）、外发绣工派工与计件工资结算、珠片及辅料领用追踪、半成品扫码流转、质检记录与返工追溯、交期预警看板及手机端扫码报工。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统部署在甲方自备的服务器上（建议配置以乙方书面清单为准），服务器、操作系统、数据库及网络设备由甲方自行采购，乙方提供配置建议。甲方应在乙方启动项目后十日内准备好服务器环境及网络条件。

1.5 定制开发的具体功能以双方确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的新增或变更需求视为需求变更。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “锦绣工坊”软件许可（六十用户） | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 440,000 |

2.1 合同总价为人民币肆拾肆万元整（¥440,000），含增值税。

2.2 因甲方需求变更产生的额外开发工作量，按每人日2,800元另行计费。乙方工程师现场服务产生的差旅及食宿费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即286,000元。乙方收款后启动项目。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即154,000元。

3.3 甲方未按期付款的，乙方有权暂停实施及服务，工期相应顺延。

3.4 乙方收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成系统安装部署及定制开发。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供需求资料、基础数据或现场条件造成的延误，乙方不承担责任，工期相应顺延。

4.4 乙方按期完成安装部署后，应书面通知甲方安排上线时间。甲方在收到通知后十日内未安排上线的，自通知发出之日起第十一日视为系统已上线。

## 第五条 实施与培训

5.1 乙方指派项目经理一名，负责需求调研、实施计划、进度协调及上线准备。甲方应指定对接人员，及时确认需求、提供基础数据并组织人员参加培训。

5.2 乙方为甲方管理人员、跟单员、质检员及外协绣工负责人提供两次集中培训，并提供电子版操作手册。培训以外的现场指导按人日另行计费。

5.3 乙方根据需求规格说明书完成开发后，在乙方测试环境中进行内部测试，测试通过后安排上线。甲方应按乙方提供的模板整理款式、物料、绣工及工序等基础数据，因基础数据不准确导致的系统问题由甲方自行负责。

## 第六条 验收

6.1 系统安装上线后，即视为甲方验收合格，双方无需另行组织验收。

6.2 甲方在上线后提出的问题，乙方将在后续维护中统一处理，不影响验收结论及付款。甲方不得以系统存在问题为由拒绝签署上线确认单。

## 第七条 免费维护与后续服务

7.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括缺陷修复和远程技术支持。

7.2 甲方报告的一级故障（系统无法登录或扫码报工无法使用），乙方在8小时内响应；其他问题在3个工作日内响应。响应方式以远程支持为主。

7.3 系统故障、服务中断或响应延误给甲方造成的停工、交期延误等任何损失，乙方不承担扣款、赔偿或违约金责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的价格标准执行。乙方有权根据产品版本及人工成本变化调整维护费。

7.5 免费维护期内乙方不提供现场服务，确需现场处理的，按人日另行收费。免费维护不包括：因甲方服务器、网络或其他软件造成的问题；甲方擅自修改配置或数据造成的问题；甲方新增的功能需求。上述问题乙方可提供有偿服务。

## 第八条 知识产权

8.1 “锦绣工坊”系统及乙方为甲方定制开发的全部功能模块、程序源代码、数据库设计及相关文档的知识产权均归乙方所有。

8.2 甲方在本合同许可范围内享有非独占的使用权，不得对定制功能进行修改、反向工程，不得许可或交由第三方使用或维护。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第九条 数据

9.1 甲方录入系统的订单、款式图稿、绣工信息及生产记录等数据归甲方所有。

9.2 为持续优化产品，乙方有权在对上述数据进行脱敏处理后，将其用于产品改进、工艺模型训练及行业分析报告，并可在合同终止后继续使用该等脱敏数据。

9.3 系统部署于甲方服务器，乙方远程维护需甲方开通账号。乙方对系统采取访问控制、传输加密和定期备份等安全措施。发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密（包括甲方款式设计、客户名单和报价）负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 保密义务在合同终止后两年内继续有效。但依法律规定或监管要求必须披露的信息，以及已为公众所知悉的信息除外。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应违约责任，但任何一方均不对间接损失、利润损失承担责任。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面通知对方解除合同，合同自通知送达之日起解除。

12.2 甲方单方解除合同的，已付款项不予退还。

12.3 合同解除后，甲方应停止使用定制功能，乙方有权收回软件许可并远程停用相关模块。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方另有约定的以补充协议为准。乙方的报价单、需求规格说明书及实施计划为本合同附件，与本合同具有同等效力。

14.2 本合同项下的通知以书面形式送达合同首页载明的地址，或发送至双方确认的电子邮箱，发出之日起三日视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

签约日期：2027年4月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. AGR-KM-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Cloudleaf Tea Industry Co., Ltd., a company registered in Kunming, Yunnan Province, People's Republic of China (the "Customer"), and Origen Andino Software S.A.S., a company registered in Popayán, Cauca, Republic of Colombia (the "Vendor"). The Customer wishes to trace tea leaf from its contracted gardens through withering, rolling, fermentation, drying and packing, and to manage its quality laboratory, and the Vendor has agreed to license its TerraTrace software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TerraTrace Enterprise software, version 8, comprising the garden registry, batch traceability, processing-line recording, laboratory information and export-document modules, together with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, label layouts, interface programs, data-migration scripts and other work product created by the Vendor specifically for the Customer, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including garden, grower, batch, laboratory and shipment records.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in Kunming and at its processing sites in Pu'er and Lincang, for up to two hundred named users and an unlimited number of handheld scanning devices.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables described in Annex 1, build interfaces to the Customer's ERP and warehouse systems, migrate the historical batch and laboratory records of the last three seasons, and train the Customer's key users and administrators.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin or works with a qualified interpreter, and shall keep the project team named in Annex 2 unless the Customer agrees to a change.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,300,000, fixed and inclusive of all taxes payable in China, consisting of the Licence Fee of CNY 980,000, implementation and interface services of CNY 286,000 and training of CNY 34,000.
P:3.2 The Customer shall pay 20% of the Contract Price within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:3.3 The Customer shall pay 45% of the Contract Price within twenty days after the Software and the Custom Deliverables have been installed in the production environment and the Installation Certificate has been signed. The Installation Certificate records installation only and is not acceptance.
P:3.4 The Customer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:3.5 All payments shall be made in CNY to the account designated by the Vendor in writing. Each party bears its own bank charges.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall complete installation within seventy days and shall present the Software for Final Acceptance tests within one hundred and twenty days after signature.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The Final Acceptance tests shall be carried out in the production environment over one full processing run at each site and shall show that: (a) every function listed in Annex 1 works as specified; (b) a batch can be traced forward and backward from garden to shipment within ten seconds; (c) migrated batch and laboratory records reconcile with the source records without loss; (d) the ERP and warehouse interfaces exchange data without error for ten consecutive working days; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 Within ten working days after the tests are passed, the Customer shall sign the Final Acceptance Certificate. If any test fails, the Vendor shall correct the defect and repeat the test at its own cost. Installation, training, go-live or productive use of the Software does not in itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and give remote and on-site support free of charge.
P:6.2 Defects are classified and handled as follows: Severity 1 (traceability or laboratory release stopped at any site): response within one hour and a workaround within eight hours; Severity 2 (a function impaired but work can continue): response within two hours and correction within three working days; Severity 3 (other issues): response within one working day.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,500, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Customer may order annual support, covering the same services as in Article 6.1 and 6.2, for a fee of 11% of the Licence Fee per year (CNY 107,800). This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them and have them maintained by third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose.
P:8.2 The Software is hosted on the Customer's own servers. The Vendor shall access them only through remote sessions approved by the Customer for each occasion, using the Customer's bastion host and multi-factor authentication, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China to the extent they apply to its work.
P:8.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data in connection with its work, shall help the Customer to contain it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including processing recipes, grower prices and customer lists, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent.
P:9.2 These obligations continue for three years after the end of this Agreement, and indefinitely for trade secrets.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains fully responsible for any subcontractor that the Customer approves.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; Articles 2.1 and 7 to 10 survive.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days after receiving written notice, or if the liquidated damages under Article 4.2 reach their maximum. On such termination the Vendor shall refund the amounts paid for work not accepted.
P:12.3 The Vendor may terminate this Agreement by written notice if the Customer fails to pay an undisputed amount within forty-five days after a written reminder.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Colombia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration and Conciliation Centre of the Bogotá Chamber of Commerce, by a sole arbitrator, in English. The seat of arbitration is Bogotá.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Scope and Custom Deliverables) and Annex 2 (Project Team and Plan), is the entire agreement between the parties. It may be amended only in writing signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form No. SCC-CN-2027-0093

**Soporte Claro Cloud S.A.S. (Tunja, Boyacá, Colombia) – Subscription Services**

This Order Form consists of Part A (Order Form) and Part B (General Terms). By signing Part A the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## Part A – Order Form

### A1 Parties

**Provider:** Soporte Claro Cloud S.A.S., a company incorporated in Colombia with its registered office in Tunja, Boyacá.

**Customer:** Shenzhen Brightwave Electronics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Bao'an District, Shenzhen.

### A2 Services

Provider will make available to Customer its ClaroDesk customer-support platform (ticketing, shared inbox, live chat, knowledge base, satisfaction surveys and reporting) as a hosted subscription service (the "Subscription Service") for 110 named agent seats, in Spanish, Portuguese, English and Simplified Chinese. Provider will also deliver the onboarding services described in A4 (the "Onboarding Services"), including configuration of Customer's workflows, routing rules, macros and service-level timers, migration of open and closed tickets from Customer's current help-desk tool, an integration with Customer's order-management system, and training for supervisors and agents.

### A3 Subscription Term and Fees

The Subscription Term is two Subscription Years, beginning on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"). The Subscription Term does not renew automatically; any extension requires a new Order Form signed by both parties.

| Item | Basis | Amount (CNY) |
|---|---|---|
| ClaroDesk subscription, Subscription Year 1 | 110 seats × CNY 2,600 | 286,000 |
| ClaroDesk subscription, Subscription Year 2 | 110 seats × CNY 2,600 | 286,000 |
| Onboarding Services | fixed, one-time | 48,000 |
| **Total fees for the Subscription Term** | | **620,000** |

Fees are fixed for the Subscription Term and include all taxes payable in China. Additional seats ordered during the Subscription Term are charged pro rata at the same seat price.

### A4 Onboarding and Go-Live Acceptance

1. Provider will complete the Onboarding Services and make the Subscription Service ready for Go-Live Acceptance within fifty days after signature of this Order Form.
2. Go-Live Acceptance tests will be run by Customer with Provider's support and must show that: (a) all configured workflows, routing rules and macros operate as specified in the onboarding workbook; (b) every migrated ticket reconciles with the source system by count, status and attachments; (c) orders, refunds and shipment status are exchanged with Customer's order-management system without error for five consecutive business days; and (d) no Priority 1 or Priority 2 defect is open.
3. Customer will sign a Go-Live Acceptance certificate within five business days after the tests are passed. Provisioning of accounts, training or use of the Subscription Service by agents does not in itself constitute Go-Live Acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to Provider beyond the date in A4.1, Provider will pay Customer CNY 600 for each day of delay, deducted from the first invoice.

### A5 Invoicing and Payment

1. No fees are payable before the Subscription Start Date.
2. The Onboarding Services fee is invoiced on Go-Live Acceptance.
3. Subscription fees are invoiced quarterly in arrears (CNY 71,500 per quarter) after the end of each quarter of the Subscription Term.
4. Customer will pay each correct invoice within thirty days after receipt, by bank transfer in CNY.

### A6 Contacts and Notices

Notices under this Order Form are given in writing to the addresses above, to the attention of Provider's Regional Account Director and Customer's Head of Customer Service, with a copy by e-mail. Operational matters are handled through the named service managers listed in the onboarding workbook.

## Part B – General Terms

### 1. Provision of the Subscription Service

1.1 Provider will provide the Subscription Service in accordance with this Order Form and the documentation, and will not materially reduce its functionality during the Subscription Term.

1.2 Customer will use the Subscription Service only for its own business and that of its affiliates and will be responsible for the acts of its users.

1.3 Provider may release new features during the Subscription Term at no additional charge. Features that Provider offers only as separately priced add-ons are not included unless listed in A3, and Customer is under no obligation to buy them.

### 2. Service Levels

2.1 Provider will make the Subscription Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance of which Customer received at least five days' notice and which takes place between 01:00 and 05:00 Beijing time.

2.2 Customer may report incidents by telephone, e-mail or the support portal at any time. Priority 1 incidents (the Subscription Service is unavailable, or agents cannot send or receive messages) will receive a response within thirty minutes and a workaround or fix within six hours. Priority 2 incidents (a major function is impaired) will receive a response within two hours. Other incidents will receive a response within one business day.

2.3 If availability in a month falls below the level in 2.1, Provider will credit Customer 5% of the monthly subscription fee for each started half percentage point of shortfall, up to 50% of that month's fee. Each Priority 1 incident not responded to within the time in 2.2 entitles Customer to an additional credit of 2% of the monthly subscription fee. Credits are deducted from the next invoice, and any credit remaining at the end of the Subscription Term is paid to Customer.

2.4 Provider will send Customer a monthly service report stating availability, incidents and credits.

### 3. Customer Data

3.1 "Customer Data" means all data, messages, tickets, attachments and contact details submitted to the Subscription Service by or for Customer. Customer Data belongs to Customer.

3.2 Provider may use Customer Data only to provide the Subscription Service and the Onboarding Services to Customer and for no other purpose, and will not sell, disclose or otherwise exploit Customer Data.

3.3 During the Subscription Term and for thirty days after it ends, Customer may export all Customer Data in CSV and JSON format. After that period Provider will delete Customer Data from the Subscription Service.

### 4. Customer Configurations

4.1 All workflows, routing rules, macros, templates, knowledge-base articles, report definitions and the order-management integration created by Provider for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and license them freely, also after the Subscription Term, and may have them used or maintained by third parties.

4.2 The ClaroDesk platform itself, and all improvements to it of general application, remain Provider's property.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public business, technical and financial information received in connection with this Order Form, will use it only to perform this Order Form, and will not disclose it to any third party except to its employees and advisers who need to know it and are bound by equivalent obligations.

5.2 These obligations last during the Subscription Term and for three years after it ends.

### 6. Subcontracting

Provider will not subcontract the Subscription Service or the Onboarding Services, in whole or in part, without Customer's prior written consent, and remains responsible for the performance of any subcontractor Customer approves.

### 7. Limitation of Liability

7.1 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss or loss of profit. Nothing in this Section limits liability for fraud or for death or personal injury caused by negligence.

### 8. Term and Termination

8.1 This Order Form takes effect on signature and ends at the end of the Subscription Term unless terminated earlier.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice describing it. Customer may also terminate by written notice if availability falls below the level in Section 2.1 in any three months of a Subscription Year.

8.3 On termination by Customer under 8.2, Provider will refund any fees paid for the period after termination.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of or in connection with this Order Form will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's prior written consent.

10.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Fee obligations for periods in which the Subscription Service is not provided are suspended.

10.3 This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is signed in English in two originals.

**For Customer:** ____________________  **For Provider:** ____________________
"""

E03 = """T:Supply Contract for Turbine Condition-Monitoring Sensors and Software Licence
P:Contract No. GSW-CM-2027-021
P:Buyer: Gansu Qilian Wind Power Co., Ltd., registered in Jiuquan, Gansu Province, People's Republic of China.
P:Supplier: Vientos de La Guajira Instrumentación S.A.S., registered in Riohacha, La Guajira, Republic of Colombia.
P:The Buyer operates the forty-turbine Qilian North wind farm and wishes to monitor the drive train of each turbine continuously. Following the Buyer's request for quotation, the parties agree as follows, on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, data acquisition units, edge gateways, cables, mounting kits and spare parts listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's VientoSense condition-monitoring software, server edition, including its analytics, alarm and reporting modules and all updates provided under this Contract.
P:1.3 "Project Deliverables" means the site-specific configurations, alarm thresholds, analytics models, dashboards, report templates, interface programs to the Buyer's SCADA and maintenance-management systems, and the related documentation and source code, created by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all vibration, temperature, speed, alarm and maintenance data collected, stored or generated by the Equipment or the Software at the Buyer's sites.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and commission the Equipment on all forty turbines, install the Software on the Buyer's servers in the wind-farm control building, develop the Project Deliverables, and train the Buyer's operators and maintenance engineers.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for the forty turbines of the Qilian North wind farm and for any replacement turbines at that site, without limit on the number of users.
P:2.3 The Supplier shall keep a stock of spare sensors, data acquisition units and gateways in China sufficient to replace at least five per cent of the installed quantity within two days, and shall guarantee the supply of spare parts for eight years after Final Acceptance.
P:2.4 Installation work in the nacelle shall be carried out by the Supplier's certified technicians under the Buyer's work-permit, lock-out and working-at-height rules. The Buyer shall make turbines available in accordance with the agreed installation schedule and low-wind windows.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,640,000, fixed, including delivery DDP to the wind farm, import duties, taxes payable in China, insurance and all travel costs of the Supplier's personnel.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration sensors with mounting kits|240|2,150|516,000
TB:2|Data acquisition units|40|9,800|392,000
TB:3|Edge gateways|40|3,600|144,000
TB:4|VientoSense software licence, perpetual, 40 turbines|1|388,000|388,000
TB:|Equipment and Licence Subtotal|||1,440,000
TB:5|Installation, commissioning and Project Deliverables|1|176,000|176,000
TB:6|Training of operators and engineers|1|24,000|24,000
TB:|Contract Price|||1,640,000
H:4. Payment
P:4.1 10% of the Contract Price is payable within twenty days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price is payable within twenty days after all Equipment has been installed on all turbines and the Installation Certificate has been signed. The Installation Certificate confirms delivery and installation only and is not acceptance of the Equipment or the Software.
P:4.3 35% of the Contract Price is payable within twenty days after Final Acceptance under clause 6.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the wind farm within sixty days and complete installation and commissioning within one hundred and ten days after signature.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:6. Acceptance
P:6.1 Final Acceptance tests start after commissioning and consist of a sixty-day trial operation during which: (a) every sensor channel delivers valid data to the Software with a data completeness rate of at least 98% per turbine; (b) the Software detects the defined fault signatures on the Supplier's test rig and on recorded data supplied by the Buyer; (c) alarms reach the Buyer's SCADA system within ten seconds; (d) the interface to the maintenance-management system creates work orders correctly; and (e) no Severity 1 defect occurs in the last thirty days of the trial.
P:6.2 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate within ten days. If a test fails, the Supplier shall correct the cause at its own cost and the test shall be repeated. Delivery, installation, commissioning, trial operation or the Buyer's use of the Equipment or the Software does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants that the Equipment and the Software will be free from defects and conform to the specifications for thirty-six months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and travel.
P:7.2 The Supplier shall respond to faults as follows: Severity 1 (monitoring of more than five turbines lost, or the Software stopped): response within thirty minutes, remote diagnosis within two hours, on-site attendance within forty-eight hours if required; Severity 2 (one turbine or one function affected): response within two hours and correction within five working days; Severity 3 (other issues): response within two working days.
P:7.3 For each hour by which a Severity 1 response or remote diagnosis is late, the Supplier shall pay the Buyer CNY 1,000, deductible from any amount due to the Supplier.
P:7.4 After the warranty period, at the Buyer's option, the Supplier shall provide annual support on the same terms for 8% of the Equipment and Licence Subtotal per year (CNY 115,200). This price is fixed for the first two support years. Support is ordered by the Buyer year by year.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, subject to the licence in clause 2.2.
P:8.2 The Project Deliverables belong to the Buyer from creation. The Supplier shall hand over their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely and have them maintained by third parties.
P:8.3 The Supplier warrants that the Equipment, the Software and the Project Deliverables do not infringe any third-party rights and shall indemnify the Buyer against any claims of infringement.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy, analyse, retain or disclose it for any other purpose, including in aggregated or anonymised form.
P:9.2 The Software and Buyer Data shall remain on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN, individual accounts and multi-factor authentication; all sessions are logged. The Supplier shall follow the Buyer's information-security rules for industrial control systems and shall not install remote-access tools of its own.
P:9.3 The Supplier shall report any security incident involving Buyer Data or the Buyer's systems within twelve hours, shall cooperate in its investigation and remediation, and shall be liable for damage caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential any non-public information received from the other party in connection with this Contract, including turbine performance data, site layouts and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the supply or the work without the Buyer's prior written consent. The Supplier remains responsible for the work of approved subcontractors, who shall hold the qualifications required for work at height on wind turbines.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages under clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment or work not accepted and take back any Equipment the Buyer rejects.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be settled by negotiation, failing which either party may submit them to the Lanzhou Arbitration Commission for arbitration in Lanzhou. The award is final.
H:15. General
P:15.1 Notices shall be given in writing to the addresses stated above, to the attention of the Buyer's Asset Management Department and the Supplier's Country Manager for China, with a copy by e-mail.
P:15.2 The annexes to this Contract are: Annex 1 Technical Specification; Annex 2 Installation Schedule; Annex 3 Acceptance Test Plan; Annex 4 Training Plan.
P:15.3 This Contract is made in English and Chinese. Both versions have equal effect; in case of discrepancy the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Services Agreement

**Agreement No. CQTH-IT-MSA-2027-05**

**Between** Chongqing Tianhe Motorcycle Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongqing ("Customer"),

**and** Servicios Digitales del Atrato S.A.S., a company incorporated in Colombia with its registered office in Quibdó, Chocó ("Provider").

Customer assembles and sells motorcycles in Latin America through its subsidiaries and dealer offices in Colombia, Ecuador, Peru and Mexico. Customer wishes to outsource the first- and second-line IT support of those operations to Provider, which operates a bilingual service centre in Colombia. The parties therefore agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the performance standards in Schedule 2, and "Service Credits" means the amounts calculated under Schedule 3.

1.3 "Customer Data" means all data of Customer and its subsidiaries, dealers, employees and end customers that Provider accesses, receives or processes in performing the Services, including user accounts, tickets, device inventories and logs.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.5 "Business day" means a working day in the country of the site concerned, and "business hours" means 08:00 to 18:00 local time on business days.

## Section 2 Term

2.1 This Agreement takes effect on signature. The Services are provided for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Term does not renew automatically. Any extension requires a written amendment signed by both parties.

## Section 3 Services

3.1 Provider shall provide the Services to the standards in Schedule 2, in Spanish and English, with Mandarin-speaking escalation engineers available during Beijing business hours.

3.2 Provider shall use the IT service-management platform and the endpoint-management tool described in Schedule 1 and shall configure them for Customer's exclusive use.

3.3 Customer may add or remove sites, users or devices by written notice. Changes of less than ten per cent of the numbers in Schedule 1 do not change the charges; larger changes are priced pro rata to the Monthly Service Charge, as agreed in a written change order.

3.4 Provider shall keep a stable team and shall name a service delivery manager who attends monthly service reviews with Customer's IT director and quarterly reviews with Customer's management in Chongqing.

## Section 4 Transition and Acceptance

4.1 Provider shall complete the transition activities in Schedule 1 within seventy-five days after signature.

4.2 Transition acceptance requires that: (a) all sites, users and devices in the inventory are onboarded in the service-management platform and the endpoint-management tool; (b) knowledge transfer from Customer's current support staff is documented in runbooks approved by Customer; (c) Provider has run the service desk in shadow mode for ten business days, resolving at least 70% of tickets at first line; (d) escalation to Customer's ERP and dealer-portal teams has been tested for every site; and (e) reporting to Customer's format is in place.

4.3 Customer shall sign the Transition Acceptance Certificate within five business days after the criteria are met. Starting work on tickets, or Customer's use of the Services, is not acceptance.

4.4 If the Service Commencement Date is later than the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, deducted from the first invoices.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 1. The Total Charges for the Term are CNY 2,790,000. Charges are fixed for the Term and include all taxes payable in China.

5.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. No charges are payable in advance.

5.3 Customer shall pay each correct invoice within thirty days. Service Credits are deducted from the invoice for the following month.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process it only to provide the Services, on Customer's documented instructions, and shall not use it for any other purpose.

6.2 Provider shall implement and maintain security measures at least equal to ISO/IEC 27001, including role-based access, multi-factor authentication for all privileged access, encryption of Customer Data in transit and at rest, logging of administrative actions and background checks of its staff. Customer Data shall be stored only in the tenants designated by Customer.

6.3 Provider shall notify Customer within eight hours after becoming aware of any security incident affecting Customer Data or Customer's systems, shall cooperate fully in containment and investigation, and shall be liable for the losses caused by incidents resulting from its breach of this Section. Provider shall help Customer comply with the personal-data laws of China and of each country in which the Services are delivered.

## Section 7 Intellectual Property

7.1 Runbooks, knowledge-base articles, scripts, automation workflows, reports and other materials created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including after the Term and with another provider.

7.2 Provider's own tools and methods that are not specific to Customer remain Provider's property.

## Section 8 Confidentiality

Each party shall keep confidential all non-public information of the other party obtained under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need it and are bound by similar duties. This obligation continues for three years after the Term.

## Section 9 Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its approved subcontractors as for itself.

## Section 10 Liability

Each party's total liability under this Agreement is limited to 150% of the Total Charges. The limit does not apply to breach of Sections 6 or 8, wilful misconduct or personal injury. Service Credits do not count towards the limit.

## Section 11 Duration and Remedies

11.1 This Agreement may not be terminated by either party before the end of the Term. If a party breaches this Agreement, the other party's remedies are to require performance, to recover Service Credits and delay payments, and to claim damages subject to Section 10.

11.2 During the last three months of the Term Provider shall support the transfer of the Services to Customer or a new provider, hand over all runbooks, knowledge articles and Customer Data, and then delete Customer Data from its systems.

## Section 12 Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party without delay and takes reasonable steps to resume performance. Charges for Services not provided are not payable.

## Section 13 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The award is final and binding.

## Section 14 General

This Agreement, with its three Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. If this Agreement and a Schedule conflict, this Agreement prevails.

**For Customer:** ____________________  **For Provider:** ____________________

## Schedule 1 – Services and Charges

| Service element | Description | Charge (CNY) |
|---|---|---|
| Transition | Inventory, knowledge transfer, runbooks, tool onboarding, shadow operation | 126,000 one-time |
| Service desk | 24×7 first-line support by phone, chat, e-mail and portal for about 640 users | included in Monthly Service Charge |
| Second-line support | Remote desktop support, user accounts, e-mail and collaboration tools, dealer-portal access | included |
| Endpoint management | Patching, software distribution, antivirus monitoring and asset inventory for about 900 devices | included |
| On-site support | One technician in Bogotá and one in Quito, business days; other sites by dispatch | included |
| Reporting | Monthly service report and service review | included |
| Monthly Service Charge | 36 months × CNY 74,000 | 2,664,000 |
| Total Charges | | 2,790,000 |

## Schedule 2 – Service Levels

| Measure | Service Level |
|---|---|
| Availability of the service-management platform and endpoint-management tool | 99.5% per calendar month |
| Priority 1 incident (site down, all users of a site unable to work, or dealer ordering stopped): response | 15 minutes |
| Priority 1 incident: restoration | 6 hours |
| Priority 2 incident: response / restoration | 1 hour / 8 business hours |
| Priority 3 request: response / fulfilment | 8 business hours / 3 business days |
| Calls answered within 60 seconds | 90% per month |
| First-line resolution rate | 65% per month |

## Schedule 3 – Service Credits

| Failure | Service Credit |
|---|---|
| Availability below the Service Level | 3% of the Monthly Service Charge for each started 0.5 point of shortfall |
| Each Priority 1 response later than the Service Level | CNY 1,500 |
| Each Priority 1 restoration later than the Service Level | CNY 3,000 |
| Monthly call-answering or first-line resolution target missed | 2% of the Monthly Service Charge per measure |
| Maximum Service Credits in a month | 25% of the Monthly Service Charge |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. QDHY-DATA-2027-11

PARTIES

Customer: Qingdao Haiyun Grain and Oilseeds Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province.

Provider: Llanos Agrodatos S.A.S., a company incorporated in Colombia with its registered office in Yopal, Casanare.

BACKGROUND

Customer buys palm oil, soybeans and other agricultural commodities from Latin American origins. Provider collects and publishes crop-condition, weather, satellite vegetation-index and farm-gate price data for the main producing regions of Colombia, Ecuador, Brazil and Paraguay, and makes it available through an application programming interface. Customer wishes to subscribe to that data for use in its purchasing and risk-management systems.

1. DEFINITIONS

1.1 "Data Service" means Provider's AgroLlanos data service, consisting of the datasets listed in clause 2.1, the REST API through which they are delivered, the web dashboard and the documentation.

1.2 "Provider Data" means the datasets, forecasts, indices and other content supplied by Provider through the Data Service.

1.3 "Customer Data" means all information submitted to the Data Service by or for Customer, including watchlists, saved queries, plantation and supplier coordinates, user details and usage logs linked to Customer.

1.4 "Custom Connector" means the software module developed by Provider under clause 4 to load Provider Data into Customer's purchasing and risk-management systems, including its source code and documentation.

1.5 "Subscription Year" means the first year of the Subscription Term, starting on the Subscription Start Date, and the year immediately after it.

2. DATA SERVICE AND LICENCE

2.1 The Data Service includes: (a) daily weather observations and fifteen-day forecasts for 420 producing municipalities; (b) weekly satellite vegetation indices at district level; (c) monthly crop-condition and production estimates for oil palm, soybeans, maize and rice; (d) weekly farm-gate and mill-gate price assessments; and (e) historical series for each dataset from January 2012.

2.2 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the Data Service and to use Provider Data for the internal business purposes of Customer and its subsidiaries in China, for up to thirty named users and unlimited API calls from Customer's own systems. Customer may keep and use reports and analyses it has created from Provider Data during the Subscription Term after the term ends, but may not resell Provider Data.

2.3 Provider will notify Customer at least sixty days before removing any dataset from the Data Service and will reduce the fees in proportion if a dataset listed in clause 2.1 is withdrawn.

3. SUBSCRIPTION TERM AND FEES

3.1 The Subscription Term is two Subscription Years, starting on the date of Integration Acceptance under clause 4 (the "Subscription Start Date").

3.2 The fees are: Subscription Year 1, CNY 264,000; Subscription Year 2, CNY 264,000; Custom Connector development and integration, CNY 36,000, one-time. The total fees for the Subscription Term are CNY 564,000, fixed and including all taxes payable in China.

3.3 The Subscription Term ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

3.4 The Custom Connector fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced in two equal instalments of CNY 132,000, each at the end of the half-year to which it relates. No amount is payable before the Subscription Start Date.

3.5 Customer will pay each correct invoice within thirty days of receipt by bank transfer in CNY.

4. CUSTOM CONNECTOR AND INTEGRATION ACCEPTANCE

4.1 Provider will develop the Custom Connector to the specification in Annex A and will aim to make it ready for Integration Acceptance within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) every dataset in clause 2.1 is loaded by the Custom Connector into Customer's test and production environments in the agreed formats; (b) the loaded historical series reconcile with Provider's published files for a sample of at least fifty series chosen by Customer; (c) daily and weekly updates run unattended for ten consecutive business days; and (d) error handling and restart work as described in Annex A.

4.3 Customer will confirm Integration Acceptance in writing within five business days after the criteria are met. Access to the dashboard or use of trial data does not constitute Integration Acceptance.

4.4 If Integration Acceptance is not achieved within the period in clause 4.1, the parties will agree a revised plan in good faith.

5. AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the Data Service available and to publish each dataset on its usual schedule. Provider does not commit to any particular availability level or delivery time.

5.2 Provider provides support by e-mail and through its help centre during its business hours in Colombia. Provider will handle support requests in the order received and does not commit to any response or resolution time.

5.3 Provider may carry out maintenance on the Data Service at any time and will try to give notice on its status page in advance.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider will use Customer Data only to provide the Data Service to Customer and will not analyse, combine, sell or disclose it, or use it for any other purpose, during or after the Subscription Term.

6.2 Provider will protect Customer Data with technical and organisational measures appropriate to its sensitivity, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication, logging of access and regular security testing. Plantation and supplier coordinates submitted by Customer will be stored separately and will not be visible to other customers.

6.3 Provider will notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, will take immediate steps to contain it, will cooperate with Customer's investigation and with any notice Customer must give to authorities, and will be liable for the losses caused by such an incident if it results from Provider's breach of this clause.

6.4 Within thirty days after the Subscription Term ends, Provider will return Customer Data in a common machine-readable format and then delete it, and will confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and the Data Service remain the property of Provider and its licensors, subject to the licence in clause 2.2.

7.2 The Custom Connector, including its source code, belongs to Customer from its creation. Customer may use, modify and license it freely and have it maintained by third parties. Provider will deliver the source code and documentation at Integration Acceptance.

7.3 Provider warrants that it has the rights needed to license Provider Data and will indemnify Customer against third-party claims that Customer's use of the Data Service in accordance with this Agreement infringes their rights.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the other party's non-public information received in connection with this Agreement, including Customer's purchasing positions, supplier lists and prices, and will not disclose it to any third party without the other party's prior written consent, except to its employees and professional advisers who need to know it and are bound by similar obligations.

8.2 This clause continues to apply for three years after the Subscription Term ends.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 Provider will not subcontract the development of the Custom Connector or the operation of the Data Service, in whole or in part, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9.2 Neither party may assign this Agreement without the other party's prior written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.2. This limit does not apply to breach of clauses 6 or 8, infringement under clause 7.3, fraud or wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss, including loss of trading profit, except where caused by wilful misconduct. Provider Data is forecast and estimate information, and Customer is responsible for its own trading decisions.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.

11.2 If Customer terminates under clause 11.1, Provider will refund the fees paid for any period after termination.

11.3 Clauses 6, 7, 8 and 10 survive termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The award is final and binding on both parties.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above by courier or by e-mail to the contacts named in Annex B.

13.2 This Agreement, with Annex A (Custom Connector Specification) and Annex B (Contacts), is the entire agreement of the parties on its subject. It may be amended only in writing signed by both parties.

13.3 Neither party is liable for a delay or failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible. Fees are not payable for any period in which the Data Service is not provided.

13.4 This Agreement is signed in English in two originals.

For Customer: ____________________    For Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Targets, labels and checks

FILES = {
    "z01": ("h877z01_commerce_bureau_exhibition_filing_platform.pdf", Z01),
    "z02": ("h877z02_kettle_factory_line_control_retrofit.docx", Z02),
    "z03": ("h877z03_aikido_chain_booking_membership_saas.txt", Z03),
    "z04": ("h877z04_former_residence_booking_system_om.txt", Z04),
    "z05": ("h877z05_bead_embroidery_tracking_supplier_template.md", Z05),
    "e01": ("h877e01_tea_traceability_perpetual_licence_popayan.pdf", E01),
    "e02": ("h877e02_support_desk_saas_order_form_tunja.md", E02),
    "e03": ("h877e03_turbine_condition_monitoring_riohacha.docx", E03),
    "e04": ("h877e04_latam_service_desk_managed_services_quibdo.md", E04),
    "e05": ("h877e05_agri_commodity_data_api_subscription_yopal.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped, deemed, value,
#       fee base for TCO, forum outside mainland, designed rules)
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                         True, False, "PRC", G], True, True, True, False, 1468000, 620000, False, []),
    "z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False,
                         True, True, "PRC", G], True, True, True, False, 2180000, 1860000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, True, True, 480 / 640000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], True, True, None, False, 640000, None, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None,
                         False, True, False, "PRC", S], True, True, None, False, 386000, None, False,
            ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None,
                         False, True, None, None, G], True, True, False, True, 440000, 168000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Colombia", G], True, True, True, False, 1300000, 980000, True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 600 / 620000 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, True, False, "PRC", S], True, True, None, False, 620000, None, False,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True,
                         False, "PRC", G], True, True, True, False, 1640000, 1440000, False, []),
    "e04": ("services", [99.5, 0.25, True, "buyer", True, True, True, 2000 / 2790000 * 100, 150, None, True, None,
                         None, None, False, False, False, "PRC", S], True, True, None, False, 2790000, None, False,
            ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                      True, False, "PRC", S], False, False, None, False, 564000, None, False,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3, applied to a label."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
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


# Threshold figures of policy §3/§4 (99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %, 5-year horizon)
CN = "一二三四五六七八九十"
THRESH = re.compile("|".join([
    r"99\.90*(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|工作小时|hours?|hrs?\b|-hour|h\b)", r"(?<![十\d])四\s*个?\s*(?:工作)?小时",
    r"(?<![\w-])four[\s-]+(?:business\s+|working\s+)?hours?",
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:百|一百)", r"one\s+hundred\s+per\s*cent",
    r"(?<![\d.])(?:30|40|15)(?:\.0+)?\s*%", r"百分之(?:三十|四十|十五)(?![" + CN + "点])",
    r"(?<![\w-])(?:thirty|forty|fifteen)\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个\s*月|months?|-month)", r"(?<![" + CN + r"\d])十二\s*个\s*月",
    r"(?<![\w-])twelve[\s-]+months?", r"(?<![\w-])twelve-month",
    r"(?<![\d.])5\s*(?:年|years?|-year)", r"(?<![" + CN + r"\d〇])五\s*(?:个)?\s*年", r"(?<![\w-])five[\s-]+years?",
    r"(?<![\d.])60\s*(?:个\s*月|months?)", r"六十\s*个\s*月", r"sixty\s+months",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时内", "4 个小时", "四小时", "4 hours", "four hours", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "30 %", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "12个月", "12 months",
            "twelve months", "十二个月", "5年", "five years", "五年", "5 years", "60 months", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "twenty-four hours", "14 hours", "0.08%", "万分之五十",
             "130%", "230%", "1.5%", "2.5%", "40家", "15 days", "30 days", "18个月", "112 months", "2025年",
             "25 years", "二十五年", "2027年12月31日", "115%", "百分之三十五", "1.4 hours", "150%", "1,500", "140%"]


def check_thresh_regex():
    for s in MUST_HIT:
        assert THRESH.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH.search(s), ("must miss", s, THRESH.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets, sources = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
            sources[key] = src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    check_thresh_regex()
    fired = set()
    for key, (name, _src) in FILES.items():
        cat, vals, sla, ld_stated, capped, deemed, value, base, forum_out, design = D[key]
        assert len(vals) == len(TERM_KEYS)
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules = derive(t, x, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        fired.update(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, base) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (key, share)
        label = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        # text as read back from the built file
        text = read_back(OUT / name)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%s  %-58s %5d %s  %-6s %s  TCO share %s" % (key, name, n, "chars" if key[0] == "z" else "words",
                                                           risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                                           "-" if share is None else "%.1f" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
