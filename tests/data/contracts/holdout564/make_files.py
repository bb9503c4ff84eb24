"""holdout564: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Sources are kept here; .docx/.pdf are built with
../word_pdf.py (write(..., wrap_words=True)). The script derives each draft's expected rules from its labels by my own
reading of policy.md section 3, compares them with the design list, asserts that all 20 CR rules fire in the set, scans
every source and every built file (read back) for threshold figures, and prints the read-back lengths.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购) -------------
Z01 = """T:退役军人就业服务平台建设项目合同
P:合同编号：CZTY-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：滁州市退役军人服务中心
P:地址：安徽省滁州市琅琊区紫薇中路88号
P:乙方（供应商）：安徽启程信息技术有限公司
P:地址：安徽省合肥市高新区望江西路520号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就“退役军人就业服务平台”的软件许可、定制开发及部署实施事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“启程就业服务平台”软件许可（永久使用，不限用户数），并在此基础上为甲方定制开发岗位智能匹配、技能培训报名、就业创业补贴申报、退役军人信息对接四个功能模块，完成部署、数据迁移和人员培训。
P:1.2 平台部署于甲方指定的政务云环境，与省退役军人事务信息系统及人社部门就业信息系统对接。平台功能、性能及接口要求以招标文件技术需求和双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），为固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用）|560,000
TB:2|定制开发（四个功能模块）|648,000
TB:3|部署实施及数据迁移|96,000
TB:4|用户培训（三期）|26,000
TB:合计||1,330,000
P:2.2 合同总价已包含税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即266,000元。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即598,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即465,500元。
P:3.4 乙方应按甲方要求开具合规发票，资金支付按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成全部定制开发并部署上线，上线后进入试运行期，试运行期为60日。
P:4.2 乙方应指定项目经理一名，项目实施期间驻场工作，未经甲方同意不得更换。乙方应每周提交项目进度报告。
P:4.3 乙方应完成三期用户培训，对象为中心工作人员及各县（市、区）退役军人服务站业务人员，培训结束后提交培训记录和考核结果。
H:第五条 验收
P:5.1 初步验收：平台部署上线，功能与招标文件技术需求及需求规格说明书逐项相符，完成与两个外部系统的接口联调，迁移数据经双方抽样核对无差错。
P:5.2 最终验收：试运行期满，期间未发生一级故障；500个并发用户下页面平均响应时间不超过2秒；第三方安全测评和等级保护测评无高风险问题；乙方提交全部源代码、技术文档和操作手册。
P:5.3 甲方应在收到乙方验收申请后10个工作日内组织验收并出具书面验收报告。验收不合格的，乙方应在15日内整改并重新申请验收。平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持和现场服务。
P:6.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方未达到上述服务水平的，每超时1小时，甲方有权从应付款项中扣减800元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即不超过44,800元/年），该费用标准自质保期满起三个维护年度内不上调。
H:第七条 知识产权
P:7.1 乙方保证其提供的软件不侵犯任何第三方的知识产权。平台软件的原有知识产权归乙方所有，乙方授予甲方永久、免费的使用许可。
P:7.2 本合同项下定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。
H:第八条 数据安全
P:8.1 平台中的退役军人个人信息、就业信息、业务数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对敏感数据加密存储，运维操作通过甲方堡垒机进行并留存审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
P:8.4 合同终止或履行完毕后，乙方应在10日内删除其持有的全部甲方数据，并出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按期完成上线或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包，也不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 不可抗力
P:13.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:15.2 双方往来通知以书面形式送达本合同首部所列地址，一方变更地址应提前5日书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：滁州市退役军人服务中心　　乙方（盖章）：安徽启程信息技术有限公司
P:授权代表：__________　　授权代表：__________
P:签订日期：2026年3月__日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, Word price table) -----------------
Z02 = """T:煅烧窑控制系统改造及维保合同
P:合同编号：PZTB-ZB-2026-0412
P:甲方（买方）：攀枝花钒钛白粉有限公司
P:乙方（卖方）：四川蜀控自动化工程有限公司
P:鉴于甲方二号煅烧窑现有控制系统设备老化、备件停产，甲方经邀请招标确定乙方为改造项目承包方。双方根据《中华人民共和国民法典》，就煅烧窑控制系统改造及质保期满后的维保服务订立本合同。
H:1. 项目范围
P:1.1 乙方负责二号煅烧窑控制系统的设备供货、控制逻辑组态、定制操作画面开发、安装调试、停窑切换和人员培训，改造后系统须覆盖窑头、窑尾、主传动、燃烧器及尾气处理全部控制回路。
P:1.2 改造工作须在甲方安排的计划停窑期内完成，停窑切换时间不超过10日。
P:1.3 乙方应派驻具有DCS改造经验的项目经理和调试工程师，项目经理须参加甲方每周生产协调会，未经甲方同意不得更换。
P:1.4 乙方应对甲方操作人员和仪表维护人员各进行不少于3日的培训，考核合格后出具培训记录。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），含税、运输、保险及安装调试费用，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站（含控制器、I/O卡件、机柜）|2套|486,000
TB:2|操作员站及工程师站|5台|168,000
TB:3|窑头窑尾温度、氧含量及负压检测仪表|1批|392,000
TB:4|窑主传动及风机变频器|6台|274,000
TB:5|控制软件及煅烧窑先进控制（APC）软件许可|1套|310,000
TB:|软硬件小计||1,630,000
TB:6|控制逻辑组态及定制画面开发|1项|142,000
TB:7|安装、调试及停窑切换|1项|168,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,960,000
P:2.2 合同总价为固定总价，不因材料价格、汇率或人工成本变化而调整。
H:3. 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款，即196,000元。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%，即686,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%，即980,000元。
P:3.4 合同总价的5%即98,000元作为质量保证金，质保期满且无未决质量问题后10日内无息支付。
P:3.5 乙方收款前应开具等额增值税专用发票，甲方收到发票后付款。
H:4. 交付与进度
P:4.1 乙方应于合同生效后75日内将全部设备运至甲方厂区，并于计划停窑期内完成安装和切换。
P:4.3 乙方应在停窑切换前10日提交切换方案、回退方案和安全措施，经甲方生产部门审批后实施。
P:4.2 乙方每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:5. 验收
P:5.1 最终验收标准：全部I/O点逐点校验正确；窑头温度控制偏差不超过±5℃；APC投运率不低于95%；系统连续稳定运行72小时无停窑故障；控制程序备份、组态文件及技术资料移交齐全。
P:5.2 系统切换后进入30日试运行期，试运行期满且达到5.1全部标准的，双方签署最终验收报告。设备安装、投运或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在15日内整改完毕并重新组织验收，由此产生的费用由乙方承担。
H:6. 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费修复软件缺陷。
P:6.2 一级故障（导致停窑或主控回路失控）乙方应在30分钟内远程响应，6小时内派工程师到达现场；二级故障2小时内响应，24小时内到场。
P:6.3 乙方响应或到场超时的，每超时1小时，甲方有权从质量保证金中扣减1,000元。
P:6.4 质保期内乙方每季度到厂巡检一次并提交巡检报告，在厂区储备控制器、I/O卡件和变频器驱动板等关键备件。
H:7. 质保期满后的维保服务
P:7.1 质保期满后，乙方按本条提供年度维保服务，内容包括驻厂工程师值守、定期巡检、备品备件更换、软件升级和APC参数优化。
P:7.2 年度维保费按软硬件小计的28%计取，即456,400元/年，按维保年度签订服务确认单，每个维保年度开始后30日内支付。上述费用标准在质保期满后的第1至第4个维保年度内不变。
P:7.3 维保期间的故障响应、到场时间及超时扣款标准与第6.2条、第6.3条相同，扣款从当期维保费中扣减。
P:7.4 甲方可在每个维保年度届满前30日书面通知乙方不再续签下一维保年度。
H:8. 知识产权
P:8.1 控制软件及APC软件为乙方或其原厂的产品，乙方授予甲方永久使用许可。
P:8.2 本项目定制的控制逻辑、组态文件、操作画面及源程序的知识产权归甲方所有，甲方有权自行或委托他人使用和修改。
P:8.3 乙方保证所供设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:9. 数据安全与保密
P:9.1 生产工艺参数、运行数据及控制配方属于甲方所有，乙方不得复制、带离厂区或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，通过工业防火墙和甲方堡垒机接入，全程留存日志。发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.3 双方对履行本合同中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。
P:9.4 合同终止后，乙方应删除其持有的甲方生产数据并书面确认。
H:10. 责任限额
P:10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，即1,176,000元；但乙方故意或重大过失、人身伤亡及违反第9条的情形不受此限。
H:11. 分包
P:11.1 乙方不得转包本项目。仪表安装等辅助工作需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可书面通知解除合同。
H:13. 安全生产
P:13.1 乙方人员进入甲方厂区须遵守甲方安全生产和动火作业管理制度，接受安全教育，因乙方违章作业造成的事故由乙方负责。乙方应为其现场人员购买意外伤害保险。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交攀枝花仲裁委员会仲裁。争议期间，双方应继续履行合同中不涉及争议的部分。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术规格书；附件二：验收方案。
P:15.2 双方往来通知以书面形式送达对方指定联系人，一方变更联系人或地址应提前5日书面通知对方。
P:甲方（盖章）：攀枝花钒钛白粉有限公司　　乙方（盖章）：四川蜀控自动化工程有限公司
P:授权代表：__________　　授权代表：__________　　日期：2026年4月__日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）, SaaS + 实施) -------------------------
Z03 = """眼镜门店订单管理云服务及实施合同

合同编号：MS-IT-2026-031
甲方（客户）：丹阳明视眼镜连锁有限公司
地址：江苏省丹阳市开发区金陵西路66号
乙方（服务商）：杭州镜云软件有限公司
地址：浙江省杭州市西湖区文三路199号

甲方在丹阳、常州、镇江共经营15家眼镜工厂店及一个镜片加工车间。为统一门店验光、配镜下单、加工和取镜流程，甲方向乙方订购“镜云”订单管理云服务（SaaS）及实施服务。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）云服务：乙方向甲方15家门店及总部开通镜云订单管理服务，包括验光记录、配镜下单、镜片库存、加工工单、取镜通知、会员管理和经营报表功能。
（二）实施服务：乙方负责系统配置、门店上线、历史订单及会员数据迁移、与甲方加工车间磨边机和镜片加工中心的数据对接，以及门店员工培训。
（三）服务期：自2026年7月1日起三个服务年度，每个服务年度自当年7月1日起至次年6月30日止。
（四）培训：乙方应为每家门店的验光师、营业员和店长分别提供现场培训，并为加工车间和总部财务人员提供专项培训，培训后提供操作手册和视频教程。
（五）门店电脑、打印机和扫码枪等硬件由甲方自备，乙方应提供硬件配置建议并协助安装。

二、价格
（一）本合同总价为人民币486,000元，明细如下：
  1. 门店订单模块：15家 × 6,800元/家/服务年度 = 102,000元/服务年度
  2. 总部管理及加工车间模块：36,000元/服务年度
  3. 云服务费小计：138,000元/服务年度 × 3个服务年度 = 414,000元
  4. 实施费（一次性）：72,000元
  合计：486,000元
（二）服务期内，云服务费标准不作调整。甲方增开门店的，按每家6,800元/服务年度另行计费。
（三）上述价格已包含云资源、版本升级、数据备份和客服支持费用，乙方不得另行收取。

三、付款
（一）实施费在上线验收合格后15日内一次付清。
（二）云服务费按季度支付，每季度末由乙方开具发票，甲方在收到发票后15日内支付当季服务费34,500元。
（三）甲方不向乙方预付任何款项。
（四）乙方应在付款前开具合法有效的增值税发票，发票不合规的，甲方付款期限相应顺延。

四、实施与验收
（一）乙方应在2026年6月20日前完成全部门店上线。
（二）上线验收标准：15家门店全部可正常开单；历史订单和会员数据经双方抽样核对无差错；磨边机和加工中心对接后，加工工单可自动下发并回传完工状态；门店高峰时段开单页面响应时间不超过2秒；连续10日运行无一级故障。
（三）达到上述标准后双方签署上线验收单。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在7日内整改并重新提交验收；整改期间甲方门店可继续使用原有开单方式。

五、双方义务
（一）甲方应指定项目联系人，按时提供门店清单、历史数据和加工设备接口资料，并组织门店员工参加培训。
（二）乙方应指定项目经理和客户成功经理，提供每日8:00至22:00的电话和在线客服，对门店提出的操作问题在30分钟内答复。
（三）乙方升级云服务版本的，应提前7日通知甲方，升级不得降低本合同约定的功能和服务水平。

六、服务水平
（一）云服务月度可用率不低于99.5%，计划维护须在每日23:00至次日6:00进行并提前3日通知甲方，不计入不可用时间。
（二）一级故障（全部门店无法开单）乙方应在30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复。
（三）月度可用率每低于约定值0.1个百分点，乙方按当月云服务费的5%给予服务抵扣；一级故障恢复超时的，每超时1小时抵扣500元。抵扣在下一季度服务费中扣除。

七、数据归属与数据安全
（一）甲方的顾客验光数据、订单、会员信息及经营数据均属于甲方所有。乙方仅可为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志审计和每日备份等措施，并遵守《个人信息保护法》。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向顾客承担的赔偿。
（四）服务期满或合同解除后，乙方应在15日内向甲方提供全部数据的完整导出，并在甲方确认后删除其保存的甲方数据。
（五）乙方员工访问甲方数据须经甲方授权，并签署数据安全承诺书。

八、保密
双方对履行本合同中获知的对方商业秘密、顾客信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

九、知识产权
（一）镜云平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的加工设备对接程序和定制报表的知识产权归甲方所有，乙方应交付其源代码，甲方可自行使用、修改或委托第三方维护。

十、违约责任
（一）乙方未按第四条约定时间完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（三）乙方未经甲方同意单方暂停或终止服务的，应按暂停期间服务费的三倍向甲方支付违约金，并赔偿甲方门店停业损失。

十一、分包
乙方不得转包本合同。确需将部分实施工作分包的，须事先取得甲方书面同意，乙方对分包方行为负全部责任。

十二、期限与解除
（一）服务期满，本合同终止，不自动续期。甲方需要续订的，双方另行协商签订合同。
（二）乙方严重违约，或连续两个月未达到第六条约定的可用率，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务期间的费用。
（三）乙方不得在服务期内单方停止服务。
（四）甲方关闭门店的，可提前30日书面通知乙方停开该门店账号，自下一季度起相应减少服务费。

十三、不可抗力
因地震、洪水、疫情等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，双方协商延期履行或部分免责；乙方的云服务因机房停电、网络中断等自身可控原因中断的，不属于不可抗力。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、上线验收单模板。双方往来通知以书面形式送达合同首部地址或双方指定的电子邮箱。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：丹阳明视眼镜连锁有限公司
授权代表：__________
乙方（盖章）：杭州镜云软件有限公司
授权代表：__________
签订日期：2026年5月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / （1）, 运维, 竞争性磋商) -------------------
Z04 = """宜昌市急救中心车载终端系统运维服务合同

项目编号：YCJJ-CS-2026-004
采购方式：竞争性磋商
甲方（采购人）：宜昌市急救中心
乙方（成交供应商）：湖北云驰通信技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就宜昌市急救中心车载终端系统2026年度运维服务达成一致，订立本合同。

1. 服务范围
（1）运维对象：全市急救车辆上安装的120台车载终端（含定位模块、4G通信模块、车载视频及院前急救电子病历平板），车载终端管理平台，以及车载终端与120调度指挥系统之间的数据接口。
（2）服务内容：故障受理与维修、季度巡检、终端软件及管理平台升级、备品备件供应与更换、接口运行监控、新增或报废车辆的终端拆装迁移、驻场运维。
（3）服务期：2026年1月1日至2026年12月31日。

2. 服务费用
（1）本合同总价为人民币434,000元，明细如下：
  车载终端运维：120台 × 1,650元/台 = 198,000元
  终端管理平台及调度接口运维：86,000元
  备品备件（含定位模块、通信模块、平板、摄像头）：54,000元
  驻场运维工程师1名：96,000元
  合计：434,000元
（2）合同总价为固定总价，包含人工、差旅、备件、软件升级及税费。服务期内新增车辆的，每台按1,650元的年度单价按剩余月数折算；车辆报废的，自终端拆除次月起按同一标准扣减。

3. 付款
（1）服务费按季度支付，每季度结束且季度考核完成后，甲方在15个工作日内支付当季服务费108,500元；季度考核扣款从当季服务费中扣除。
（2）甲方不预付服务费。乙方应在付款前开具合规发票。

4. 服务要求与服务水平
（1）乙方设立7×24小时服务热线，驻场工程师工作日8:00至18:00在甲方调度大厅值守，其余时间电话值班。
（2）一级故障（车辆无法定位、调度指令无法下发或视频回传中断，影响急救调度）：乙方应在15分钟内响应，1小时内远程恢复或提供备用终端，2小时内派人到达车辆所在急救站点。
（3）二级故障（单台终端部分功能异常，不影响调度）：1小时内响应，8小时内修复。
（4）乙方每季度对全部终端巡检一次，巡检应在每季度最后一个月的20日前完成，并提交巡检报告。
（5）终端软件及管理平台的年度升级应在2026年9月30日前完成，升级前须经甲方书面确认升级方案，并在夜间低峰时段分批实施，不得影响急救调度。
（6）乙方应在甲方调度大厅和主要急救站点储备不少于10台备用终端及常用模块，备件使用后应在3日内补足。
（7）乙方应制定重大活动和突发公共事件期间的应急保障方案，按甲方通知安排人员加强值守。

5. 人员与管理
（1）驻场工程师应具备两年以上通信终端运维经验，经甲方面试同意后上岗；乙方更换驻场人员须提前15日书面征得甲方同意。
（2）乙方人员登车作业应遵守甲方车辆管理和院感防控规定，不得在急救车辆执行任务期间作业，作业完毕后做好消毒和清洁。
（3）乙方每月5日前提交上月运维月报，内容包括故障统计、处理时长、备件消耗和改进建议。
（4）甲方应提供驻场办公场所和网络接入，及时通知乙方新增、报废车辆信息，并安排车辆配合巡检。

6. 考核与扣款
（1）甲方按季度对乙方服务进行考核，考核内容包括响应及到场时间、故障闭环情况、巡检完成情况和驻场人员出勤。
（2）一级故障响应或到场每超时1小时，扣减当季服务费1,000元；二级故障修复每超时1日，扣减500元。
（3）季度考核得分低于80分的，扣减当季服务费的5%，并由乙方提交书面整改计划。

7. 服务验收
（1）服务期满前15日内，甲方组织年度服务验收。
（2）验收标准：四个季度考核得分均不低于80分；全部故障工单已闭环；巡检报告、升级记录和备件更换台账完整；终端及平台的配置资料、账号清单已移交甲方。
（3）未达到验收标准的，乙方应在10日内整改，整改合格后甲方出具验收报告。

8. 违约责任
（1）乙方未在第4条约定期限内完成季度巡检或年度升级的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）因乙方运维过失导致急救调度中断并造成损失的，乙方应赔偿甲方全部损失。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（4）违约金和考核扣款不影响甲方要求乙方赔偿实际损失的权利。

9. 数据安全
（1）车辆轨迹、院前急救病历、患者信息、通话录音和视频资料均属于甲方所有，乙方仅可为履行本合同运维工作接触上述数据，不得复制、留存、对外提供或用于其他任何目的。
（2）乙方人员访问管理平台须经甲方授权，使用个人专用账号，远程维护须通过甲方指定的安全通道并全程记录日志。更换下来的终端存储介质应在甲方人员见证下清除数据。
（3）发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
（4）合同终止时，乙方应删除其持有的全部甲方数据，交回全部账号和介质，并出具书面确认。

10. 知识产权
运维过程中形成的巡检报告、配置文件、运维脚本和技术文档归甲方所有，甲方可自由使用和修改。

11. 分包
乙方可将终端拆装迁移、线缆维修等辅助工作分包给具备相应能力的第三方，但应提前书面告知甲方分包单位名称和人员名单。乙方对分包单位的工作质量和安全承担责任。

12. 合同解除
（1）乙方严重违约，或连续两个季度考核得分低于80分，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还已付未履行部分的费用并赔偿损失。
（2）服务期满本合同自然终止，不自动续期。期满后的运维服务由甲方另行组织采购，乙方应配合新服务商完成交接。
（3）合同终止时，乙方应移交全部账号、配置资料、运维台账和剩余备件，交接期不少于10日，交接期间服务水平不得降低。

13. 不可抗力
因自然灾害等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

14. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。争议期间，乙方不得中断运维服务。

15. 其他
（1）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（3）双方往来通知以书面形式送达对方指定联系人；紧急故障通知可通过电话或工作群发出，事后补充书面记录。

甲方（盖章）：宜昌市急救中心　　　　乙方（盖章）：湖北云驰通信技术有限公司
授权代表：__________　　　　　　　　授权代表：__________
日期：2026年1月__日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template) -----------------
Z05 = """# 软件许可及定制开发合同

> 糖智软件合同范本 V2.1（乙方标准文本）

**合同编号：** TZ-2026-0318

**甲方（买方）：** 来宾市甘香古法红糖厂有限公司

**乙方（卖方）：** 南宁糖智软件有限公司

甲方拟对红糖熬制工序实行信息化管理，选用乙方“熬制工序管理系统”，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供熬制工序管理系统V3标准版软件许可（永久使用，限甲方一个厂区），功能包括甘蔗汁进料登记、熬制批次管理、锅灶温度监控、出糖记录、质检记录和生产报表。

1.2 乙方根据甲方需求进行定制开发，包括：锅灶温度采集设备对接、批次追溯与配方管理模块。

1.3 乙方负责系统的安装部署，并对甲方熬糖班组、质检员和管理人员进行两期现场培训，每期不超过2日。

1.4 系统运行所需的服务器、操作系统、数据库、工业网络和温度采集设备由甲方按乙方提供的配置清单自行采购，并在乙方进场前准备就绪。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾捌万元整（¥480,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 熬制工序管理系统V3标准版软件许可（永久） | 186,000 |
| 2 | 定制开发：锅灶温度采集设备对接 | 96,000 |
| 3 | 定制开发：批次追溯与配方管理模块 | 142,000 |
| 4 | 实施部署 | 46,000 |
| 5 | 现场培训（两期） | 10,000 |
| | **合计** | **480,000** |

2.2 上述价款不含甲方现场服务器、网络及采集设备的采购费用，该部分由甲方自行承担。

2.3 本合同价款为含税价，乙方收款后开具增值税普通发票。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%作为预付款，即312,000元。乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即168,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停全部服务。

## 第四条 交付

4.1 乙方在收到预付款后60日内完成定制开发和部署上线。因甲方需求变更、现场条件不具备或甲方配合不及时造成延误的，交付期相应顺延。

4.2 乙方延期交付的，应积极采取补救措施，尽快完成交付。

4.3 甲方应在合同签订后10日内向乙方提供熬制工艺流程、配方资料、报表样式和设备接口资料，指定项目联系人，并为乙方人员提供现场工作条件。甲方提供资料不完整或延迟的，由此造成的损失由甲方承担。

4.4 甲方在合同签订后提出新增需求的，乙方另行报价，双方签订补充协议后实施。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在系统上线后7日内未提出书面异议的，亦视为验收合格。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 维护期内，一级故障（系统无法使用）乙方在8小时内响应，并在3个工作日内解决；其他故障在2个工作日内响应。乙方将尽力解决故障，但不承担扣款、赔偿或违约金等责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护服务合同，维护费按乙方当年公布的服务价格标准收取，乙方可根据人工和运营成本调整价格标准。

6.4 甲方要求乙方派员到现场服务的，除免费维护期内的软件缺陷修复外，按每人每日1,800元另行收取费用，差旅费由甲方承担。

6.5 因甲方擅自修改系统配置、操作不当、电力或网络故障、采集设备损坏造成的问题，不属于维护服务范围。

## 第七条 知识产权

7.1 软件产品的著作权及其他知识产权归乙方所有。

7.2 本合同项下定制开发的程序、模块、配方模型、源代码及相关文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。

7.3 甲方应妥善保管乙方提供的授权文件和安装介质，不得超出授权范围安装或复制。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 甲方同意，乙方有权将甲方的熬制工艺参数、温度曲线和产量数据经脱敏处理后，用于乙方产品改进、行业分析以及向其他客户提供的工艺优化模型。

8.3 乙方对部署和远程维护中接触的甲方数据采取访问控制、传输加密和操作日志等安全措施，发生数据泄露时在24小时内通知甲方并协助处理；因乙方过错造成数据泄露的，乙方依法承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密、技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限自合同签订之日起至相关信息公开之日止。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任，以甲方实际支付的软件许可费（186,000元）为限。

10.2 任何一方均不对对方的间接损失、利润损失或生产停工损失承担责任。

## 第十一条 委托第三方

11.1 乙方有权将本合同项下的部分开发、实施和维护工作委托第三方完成，无需取得甲方同意。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方已支付的预付款不予退还，但乙方严重违约导致合同解除的除外。

12.3 合同解除后，甲方应停止使用尚未付清款项部分对应的定制功能，并删除相应程序。

## 第十三条 不可抗力

13.1 因自然灾害、政府行为、电力中断、网络运营商故障等不能预见、不能避免的原因导致不能履行合同的，受影响一方不承担责任。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同条款以本范本为准，双方另有书面约定的除外。

15.3 双方往来通知以电子邮件或书面方式发送至对方指定联系人，发出之日起3日视为送达。

| 甲方（盖章） | 乙方（盖章） |
|---|---|
| 来宾市甘香古法红糖厂有限公司 | 南宁糖智软件有限公司 |
| 授权代表： | 授权代表： |
| 日期：2026年3月　日 | 日期：2026年3月　日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Ethiopian vendor's paper) -------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SQS-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Sheba Quality Systems PLC, a private limited company registered in Ethiopia, with its office at Bole Sub-City, Woreda 03, Addis Ababa, Ethiopia (the "Vendor"); and
P:(2) Dongguan Jinbu Footwear Co., Ltd., a company incorporated in the People's Republic of China, with its office at Houjie Town, Dongguan, Guangdong Province (the "Customer").
P:Background: The Customer manufactures leather footwear and wishes to replace its spreadsheet-based quality records with a quality management system covering incoming leather inspection, in-line inspection, finished-goods audit and supplier corrective actions. The Vendor develops and licenses the SQS Factory Quality Suite (the "Software") and provides implementation services. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Acceptance Tests" means the tests described in Article 6 and in the acceptance plan agreed under Article 5.2.
P:1.2 "Custom Deliverables" means the reports, interfaces, inspection templates, scripts and other materials developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including inspection results, photographs, supplier records and personal data of employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the Software and the Custom Deliverables have passed the Acceptance Tests.
P:1.5 "Go-Live" means the first day on which the Software is used for production in all three of the Customer's factories.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's internal business purposes at its sites in the People's Republic of China, for 60 named users and one production server with one standby server.
P:2.2 The licence fee is paid once. No further licence fee is payable for the licensed users and servers, and the licence does not end if the Customer does not buy support after the warranty period.
P:2.3 The Software remains the property of the Vendor.
H:Article 3 Price
P:3.1 The Contract Price is CNY 552,000, fixed and inclusive of all taxes payable in the Vendor's country, and is made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Named user licences, 60 x CNY 4,200|252,000
TB:2|Server licence with standby server|88,000
TB:|Licence Subtotal|340,000
TB:3|Implementation and configuration, including Custom Deliverables|156,000
TB:4|Migration of inspection records from spreadsheets|38,000
TB:5|Training of quality staff and key users|18,000
TB:|Contract Price|552,000
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoices: (a) 20% (CNY 110,400) within thirty days after signature of this Agreement; (b) 45% (CNY 248,400) within thirty days after Go-Live; and (c) 35% (CNY 193,200) within thirty days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account named on the invoice. Each party bears its own bank charges.
H:Article 5 Implementation
P:5.1 The Vendor shall carry out the implementation in accordance with the project plan attached as Annex 2 and shall achieve Go-Live within 120 days after signature.
P:5.2 Within 20 days after signature the parties shall agree a written acceptance plan setting out the test scripts, test data and expected results for each function of the Software and for each Custom Deliverable.
P:5.3 The Vendor shall assign a named project manager and at least two consultants, who shall work on the Customer's premises during configuration, migration and Go-Live. The Vendor shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 30 days. During that period the Vendor shall perform the Acceptance Tests together with the Customer's quality department.
P:6.2 The Acceptance Tests are passed when: (a) every test script in the acceptance plan is executed with the expected result; (b) all migrated records reconcile with the source spreadsheets on a sample of at least 500 records chosen by the Customer; (c) inspection screens open in no more than three seconds with 60 concurrent users; and (d) no Severity 1 incident has occurred in the last 15 days of the production run.
P:6.3 If any Acceptance Test fails, the Vendor shall correct the defect and repeat the test within 15 days. Go-Live, production use and payment of an instalment do not by themselves amount to Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and the acceptance plan for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and answer support requests free of charge.
P:7.2 Support requests are classified as follows: Severity 1 means that the Software is unavailable or inspection results cannot be recorded in a factory; Severity 2 means that a major function does not work but a workaround exists; Severity 3 means any other defect or question. The Vendor shall respond to Severity 1 requests within one hour, 24 hours a day, and restore service or provide a workaround within eight hours; Severity 2 requests within two business hours; Severity 3 requests within two business days.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response or restoration time, the Vendor shall credit CNY 600 against the next amount payable by the Customer.
P:7.4 After the Warranty Period the Customer may order annual support from the Vendor. The support fee for each Support Year is 13% of the Licence Subtotal, that is CNY 44,200, and will not be increased for the first three Support Years after the Warranty Period. Support covers the same services and response times as Article 7.2. Support is ordered by the Customer's purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Software remain with the Vendor.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer from the time they are created. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by third parties.
P:8.3 The Vendor shall indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in China. Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN with multi-factor authentication and is logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when it handles Customer Data and shall not transfer Customer Data out of China.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall help the Customer contain it, and shall be liable for all loss caused to the Customer by any such incident caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including product designs, supplier prices and business plans, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is not achieved by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 8.3 and 9, to death or personal injury, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Vendor has not achieved Go-Live within 90 days after the date in Article 5.1, the Customer may terminate and recover all amounts paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federal Democratic Republic of Ethiopia.
P:14.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be finally settled by arbitration under the rules of the Addis Ababa Chamber of Commerce and Sectoral Associations Arbitration Institute, seated in Addis Ababa.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:Signed for Sheba Quality Systems PLC: ____________________ Name and title: ____________________ Date: __________
P:Signed for Dongguan Jinbu Footwear Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Botswana vendor) -------
E02 = """# ORDER FORM: SHIFTBOARD SUBSCRIPTION

**Order Form No.:** OSC-CN-0219

**Vendor:** Okavango Shift Cloud (Pty) Ltd, Plot 54368, Central Business District, Gaborone, Botswana

**Customer:** Chengdu Rongxiang Catering Management Co., Ltd., Wuhou District, Chengdu, Sichuan Province, China

This Order Form is entered into under, and incorporates, the ShiftBoard General Terms set out below. If this Order Form conflicts with the General Terms, this Order Form prevails.

## 1. Service

ShiftBoard staff scheduling, time and attendance and labour-cost reporting service (the "Service") for the Customer's 26 hotpot restaurants and its central kitchen in Sichuan and Chongqing, up to 1,300 active employees, with the mobile app for employees and the manager console.

## 2. Term

Subscription Start Date: 1 August 2026. Subscription Term: 24 months, ending on 31 July 2028, consisting of two Subscription Years.

## 3. Fees

At the Customer's request all fees are stated and invoiced in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 186,000 x 2 | 372,000 |
| Onboarding (one-time) | configuration, data import, payroll export, training | 24,000 |
| Total Contract Value | | 396,000 |

Additional active employees above 1,300 are charged at CNY 11 per employee per month, invoiced quarterly; such charges are not part of the Total Contract Value.

## 4. Invoicing and Payment

4.1 The Subscription Fee is invoiced quarterly in arrears, CNY 46,500 at the end of each calendar quarter of the Subscription Term, payable within 30 days after receipt of a valid invoice.

4.2 The Onboarding fee is invoiced after Onboarding Acceptance under General Terms clause 3 and is payable within 30 days.

4.3 No amount is payable before the Subscription Start Date.

## 5. Onboarding Milestone

Onboarding shall be completed, and Onboarding Acceptance achieved, by 15 July 2026.

## 6. Hosting

Customer Data is hosted in a data centre in mainland China operated by the Vendor's hosting provider, Chengdu Tianfu Cloud Computing Co., Ltd., which the Customer approves by signing this Order Form.

Signed for the Vendor: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

---

# SHIFTBOARD GENERAL TERMS

## 1. Definitions

"Customer Data" means all data that the Customer or its employees enter into the Service, including employee names, telephone numbers, shift records, attendance records and wage rates. "Customer Configurations" means the shift rules, rota templates, labour-cost reports and payroll export formats built for the Customer. "Incident" means any failure of the Service to operate as described in its documentation.

## 2. Provision of the Service

2.1 The Vendor shall provide the Service in accordance with its documentation and this Order Form, and shall keep the Service compatible with current versions of the major mobile operating systems.

2.2 The Vendor may update the Service from time to time, provided that no update materially reduces the functions or the security of the Service. The Vendor shall give the Customer at least 14 days' notice of any update that changes the employee app.

2.3 The Vendor shall provide support in Chinese and English by telephone, e-mail and an online ticket portal. Priority 1 Incidents may be reported at any hour by telephone; other Incidents may be reported during business hours, 09:00 to 21:00 China Standard Time, seven days a week.

2.4 The Customer shall keep its administrator passwords secure, ensure that its employees use the Service in accordance with the documentation, and supply complete and accurate employee master data for onboarding.

## 3. Onboarding and Acceptance

3.1 The Vendor shall configure the Service for all restaurants, import the employee master data supplied by the Customer, build the payroll export to the Customer's payroll system and train restaurant managers.

3.2 Onboarding Acceptance takes place when: (a) all 26 restaurants and the central kitchen have published rotas in the Service for two consecutive weeks; (b) attendance records for one full pay period reconcile with the clock-in devices without unexplained differences; (c) the payroll export has been imported into the Customer's payroll system without manual correction; and (d) the Customer has signed an acceptance certificate. Use of the Service by restaurants before that time does not constitute Onboarding Acceptance.

3.3 If Onboarding Acceptance is not achieved by the date in the Order Form for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 350 for each day of delay, up to a maximum of CNY 20,000.

## 4. Service Levels

4.1 The Vendor shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 02:00 and 05:00 China Standard Time.

4.2 The Vendor shall respond to Incidents as follows: Priority 1 (the Service or the employee app is unavailable for all users, or clock-in is impossible) within 30 minutes, at any hour, with restoration within three hours; Priority 2 (a major function is impaired for several restaurants) within two hours; Priority 3 (other Incidents and questions) within one business day.

4.3 If monthly availability falls below 99.95%, the Customer receives a service credit equal to 5% of the monthly share of the Subscription Fee; below 99.5%, 10%; below 99.0%, 20%. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each late hour. Credits are deducted from the next invoice.

## 5. Customer Data

5.1 As between the parties, Customer Data belongs to the Customer. The Customer grants the Vendor a licence to process Customer Data to provide the Service.

5.2 The Customer also agrees that the Vendor may create aggregated and de-identified data derived from Customer Data, such as staffing ratios, labour cost per cover and attendance patterns, and may use that data to improve the Service, develop new features and publish restaurant-industry benchmarks, during and after the Subscription Term. Such data does not identify the Customer or any employee.

5.3 The Vendor shall store Customer Data only in mainland China, protect it with encryption in transit and at rest, role-based access control and logging of administrative access, keep its hosting environment certified at MLPS level 3, and comply with the Personal Information Protection Law of the People's Republic of China.

5.4 The Vendor shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by an incident resulting from the Vendor's breach of this clause 5.

5.5 Within 30 days after the end of the Subscription Term the Vendor shall make all Customer Data available for export in CSV format and shall then delete it.

## 6. Customer Configurations

Customer Configurations belong to the Customer. The Customer may use, modify and copy them and allow third parties to use them, also after the Subscription Term.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including prices, wage data and business plans, use it only for this agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

## 8. Subcontracting

The hosting provider named in the Order Form is approved. The Vendor shall not appoint any other subcontractor or sub-processor without the Customer's prior written consent and remains responsible for the acts of its subcontractors.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Vendor's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.3 The limitations in this clause do not apply to death or personal injury, fraud or wilful misconduct.

## 10. Term and Termination

10.1 The Subscription Term is stated in the Order Form. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach. The Customer may also terminate if monthly availability is below 99.0% in two consecutive months.

10.3 On termination by the Customer under clause 10.2 the Vendor shall refund any fees paid for the period after termination.

## 11. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of the Vendor's hosting provider is not force majeure unless it is itself caused by such an event.

## 12. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission, Sichuan Sub-Commission, for arbitration in Chengdu.

## 13. General

Neither party may assign this agreement without the other party's written consent. Notices shall be in writing and sent to the addresses in the Order Form. These General Terms and the Order Form are the whole agreement of the parties on the Service.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, Namibian vendor) ------
E03 = """T:PURCHASE CONTRACT FOR COLD STORE MONITORING SENSORS
P:Contract No. HXCC-PUR-2026-058
P:Buyer: Qingdao Haixian Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Etosha Instruments (Pty) Ltd, Northern Industrial Area, Windhoek, Namibia (the "Supplier")
P:The Buyer operates a cold store with twelve cold rooms and a blast-freezing hall at its Huangdao site and wishes to replace its wired data loggers with a wireless temperature and door monitoring system. Following a request for quotation, the Buyer has selected the Supplier. The parties therefore agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in Annex 1 (the "System"), consisting of wireless temperature sensors, door sensors, gateways and the monitoring software, and shall train the Buyer's staff.
P:1.2 The System shall record the temperature of every cold room at intervals of no more than five minutes, raise alarms by screen, SMS and telephone call when a limit is exceeded or a door stays open, and keep records in the form required for food safety inspections.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 440,000, fixed, including delivery to the Buyer's site (DAP Qingdao), customs clearance, all taxes, installation, calibration and training. The price is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor ET-200, range -40 to +60 C|180|1,150|207,000
TB:2|Gateway EG-8 with battery backup|14|6,800|95,200
TB:3|Magnetic door sensor ED-10|40|450|18,000
TB:4|EtoshaWatch monitoring software, perpetual on-premises licence|1|64,000|64,000
TB:|Hardware and Software Subtotal|||384,200
TB:5|Installation, calibration and commissioning|1|46,800|46,800
TB:6|Training of operators and maintenance staff|1|9,000|9,000
TB:|Contract Price|||440,000
P:2.2 The monitoring software is installed on a server provided by the Buyer at the Huangdao site.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 286,000) within 30 days after the Installation Certificate has been signed. The Installation Certificate confirms only that all items are installed and powered; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 154,000) within 30 days after the Final Acceptance Certificate has been signed.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all items to the Buyer's site within 60 days after signature and complete installation within 20 days after delivery.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Buyer may deduct such damages from any payment.
P:4.3 Installation work in the cold rooms shall be carried out at times agreed with the Buyer's warehouse manager so that stored goods are not exposed to temperature excursions.
P:4.4 The Supplier shall pack all items for sea or air freight so that they arrive undamaged, and shall provide a packing list and certificates of origin and conformity with each shipment. Title and risk pass to the Buyer on delivery at the Buyer's site.
P:4.5 The Supplier's personnel and its local partner shall comply with the Buyer's site safety rules, including the rules for work in cold rooms and at height, and shall wear the protective clothing provided by the Buyer.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for 14 consecutive days. Final Acceptance is achieved when: (a) every sensor has been checked against a calibrated reference thermometer at three temperature points and is accurate to within plus or minus 0.3 C; (b) every sensor has reported at its configured interval throughout the 14 days with no gap longer than ten minutes; (c) every alarm channel has been tested for every cold room; (d) the reports required by Annex 1 can be produced; and (e) calibration certificates and manuals have been handed over.
P:5.2 If any criterion is not met, the Supplier shall remedy the defect and the 14-day run shall be repeated for the affected part. Installation, use of the System or payment does not amount to Final Acceptance.
P:5.3 The Buyer shall sign the Final Acceptance Certificate within five business days after all criteria in Section 5.1 have been met, or state in writing which criteria have not been met.
H:Section 6 Training
P:6.1 The Supplier shall train up to ten warehouse operators in the daily use of the System and the handling of alarms, and up to four maintenance staff in battery replacement, sensor placement and basic fault finding. Training shall take place at the Buyer's site in Chinese, with Chinese manuals.
H:Section 7 Warranty
P:7.1 The Supplier warrants the System against defects in materials, workmanship and software for twenty-four (24) months after Final Acceptance. During that period the Supplier shall repair or replace defective items, including sensor batteries that fail, and correct software defects free of charge.
P:7.2 A Severity 1 fault is a fault that stops monitoring or alarms for one or more cold rooms. The Supplier shall respond to a Severity 1 fault within one hour, remotely or by telephone, and shall have a technician on site within eight hours. Other faults shall be answered within one business day and fixed within three business days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep at its local partner's store in Qingdao spare sensors and one spare gateway throughout the warranty period.
H:Section 8 Support after Warranty
P:8.1 After the warranty period the Buyer may order support covering the services in Section 7 for a fee of 9% of the Hardware and Software Subtotal per year, that is CNY 34,578 per year. This fee is fixed for the first three years after the warranty period.
P:8.2 Support is ordered by purchase order for each year and does not renew automatically.
H:Section 9 Data and Data Security
P:9.1 All temperature readings, alarm logs, door events and reports produced by the System are Buyer Data and belong to the Buyer. The Supplier and its local partner may use Buyer Data only to install and support the System.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN, with all actions logged. The Supplier shall not copy Buyer Data outside the Buyer's site. Gateways shall send data only to the Buyer's server.
P:9.3 The Supplier shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to the System or to Buyer Data, shall assist the Buyer to remedy it, and shall be liable for the Buyer's losses caused by any such incident resulting from the Supplier's or its partner's fault.
H:Section 10 Intellectual Property
P:10.1 The EtoshaWatch software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually for use with the System.
P:10.2 The alarm rules, dashboards, report templates and interface scripts prepared for the Buyer belong to the Buyer, which may use and modify them and have them modified by third parties.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list, site layout and security arrangements, and shall not disclose it without prior written consent. This obligation continues for three years after this Contract ends.
H:Section 12 Subcontracting
P:12.1 The Buyer approves Qingdao Bingjie Refrigeration Engineering Co., Ltd. as the Supplier's local partner for installation and on-site service. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund all amounts paid for items not accepted.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or port closures, provided it notifies the other party within five days and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may terminate this Contract by notice.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 16 General
P:16.1 This Contract, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. Notices shall be sent in writing to the addresses above. This Contract is signed in two originals in English, one for each party.
P:Annex 1: Technical Specification and Site Plan. Annex 2: Acceptance Test Record.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables, Lesotho) -----
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** MMIT-NB-2026-11

**Provider:** Maluti Managed IT (Pty) Ltd, Kingsway, Maseru, Lesotho

**Customer:** Ningbo Hengfeng Knitwear Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, China

**Background.** The Customer runs two knitting and garment factories and a head office in Ningbo with about 420 computers and 18 servers. It wishes to outsource its IT service desk, endpoint management and server monitoring. The Provider operates a multilingual service desk with Chinese-speaking staff and works with a field-service partner in Ningbo. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service used by the Customer.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider can access in performing the Services, including e-mail, design files, order records and personal data.

1.4 "Service Commencement Date" means 1 September 2026, or the later day on which Transition Acceptance is achieved.

## 2. Term

2.1 This Agreement begins on signature and the Services run for an Initial Term of 24 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. If the Customer wishes the Services to continue after the Initial Term, the parties shall agree a new contract.

## 3. Transition

3.1 Before the Service Commencement Date the Provider shall carry out the transition described in Schedule 3: collect the asset inventory, install its monitoring and remote-management agents on all computers and servers, set up the service desk telephone line and portal for the Customer's employees, and document the Customer's systems in runbooks.

3.2 Transition Acceptance is achieved when all criteria listed in Schedule 3 have been met and the Customer has signed a Transition Acceptance Certificate. The Customer shall not unreasonably delay signature.

3.3 If Transition Acceptance is not achieved by 1 September 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a maximum of CNY 30,000.

3.4 The Customer shall provide administrator access, current network diagrams and the contact details of its existing suppliers within ten business days after signature.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. At the Customer's request all charges are stated and paid in CNY.

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within 30 days after receipt. No amount is payable in advance.

4.3 The Monthly Charge is fixed for the Initial Term. Additional computers above 450 are charged at CNY 65 per computer per month.

## 5. Provision of the Services

5.1 The Provider shall perform the Services with reasonable skill and care, using qualified staff and in accordance with good industry practice.

5.2 The Provider shall provide a named service manager, who shall meet the Customer's IT manager every month to review Incidents, changes and risks, and shall deliver a written monthly report.

5.3 The Customer shall give the Provider the access to its premises, systems and information that the Provider reasonably needs, and shall appoint an IT manager as the Provider's main contact.

5.4 The Provider shall not make changes to servers, network equipment or security settings without the approval of the Customer's IT manager, except in an emergency, in which case it shall inform the IT manager at once and record the change in the monthly report.

5.5 The Provider shall ensure that its service desk staff speak Mandarin Chinese, are trained on the Customer's systems before the Service Commencement Date, and are replaced promptly if the Customer reasonably objects to them.

## 6. Service Standards

6.1 The Provider shall use commercially reasonable efforts to respond to and resolve Incidents promptly and in the order of their business impact, as assessed by the Provider.

6.2 The Provider does not commit to specific response times, resolution times or availability targets, and no service credits or other deductions apply to the Services.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, keep or disclose it for any other purpose.

7.2 The Provider shall access the Customer's systems only through the Customer's remote-access gateway with multi-factor authentication and named accounts, and shall record all administrative sessions. Customer Data shall remain on the Customer's systems in China; the Provider shall not transfer it to Lesotho or any other country.

7.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and shall ensure that its staff and its field-service partner sign confidentiality and data-protection undertakings.

7.4 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, shall help the Customer to contain and investigate it, and shall be liable for all losses caused to the Customer by any such incident caused by the Provider, its staff or its partner.

## 8. Confidentiality

Each party shall keep confidential all non-public information of the other party, including designs, prices, customer lists and system information, and shall use it only for this Agreement. This obligation continues for three years after this Agreement ends.

## 9. Intellectual Property

Runbooks, scripts, configuration files, reports and documentation prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider. The Provider's own monitoring tools remain the Provider's property.

## 10. Subcontracting

The Customer approves Ningbo Xinda IT Services Co., Ltd. as the Provider's field-service partner for on-site work in Ningbo. The Provider shall not subcontract any other part of the Services without the Customer's prior written consent, and remains responsible for its subcontractors.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2.

11.2 Neither party is liable for indirect loss or loss of profit. These limits do not apply to breach of clause 7 or 8, death or personal injury, or wilful misconduct.

## 12. Duration and Termination

12.1 This Agreement continues until the end of the Initial Term. Neither party may terminate it before then, except that either party may terminate by written notice if the other party becomes insolvent or is wound up.

12.2 If the Provider breaches this Agreement, the Customer may require the Provider to remedy the breach and may claim damages under clause 11, but the Customer may not terminate this Agreement for that reason and shall continue to pay the Monthly Charge.

12.3 At the end of the Initial Term the Provider shall, for up to 30 days and at no extra charge, hand over all runbooks, passwords and documentation to the Customer or its new provider and remove its agents.

## 13. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or failures of public telecommunications networks, provided that it informs the other party promptly and resumes performance as soon as possible.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the people's court with jurisdiction where the Customer is domiciled.

## 15. General

Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above. Neither party may assign this Agreement without the other's written consent.

Signed for Maluti Managed IT (Pty) Ltd: ____________________ Date: __________

Signed for Ningbo Hengfeng Knitwear Co., Ltd.: ____________________ Date: __________

---

## Schedule 1: Services

| Service | Description |
|---|---|
| Service desk | Telephone, portal and e-mail support for employees in Chinese, Monday to Saturday 08:00-20:00 China Standard Time |
| Endpoint management | Patching, antivirus, software deployment and asset records for all computers |
| Server monitoring | Monitoring of 18 servers, backups and storage, with alerts to the Customer's IT manager |
| Field service | On-site visits by the Ningbo field-service partner when remote support cannot resolve an Incident |
| Reporting | Monthly service report and service review meeting |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 38,000 |
| Monthly Charge | CNY 31,500 x 24 months | 756,000 |
| Total Contract Value | | 794,000 |

## Schedule 3: Transition Acceptance Criteria

| No. | Criterion |
|---|---|
| 1 | Asset inventory of all computers and servers delivered and confirmed by the Customer |
| 2 | Monitoring and management agents installed and reporting on every computer and server |
| 3 | Service desk line and portal tested with ten test calls and ten test tickets |
| 4 | Runbooks for all 18 servers delivered and reviewed by the Customer's IT manager |
| 5 | Backup restore test completed for each server |
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings, Eswatini vendor) ------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: LMD-GZ-2026-004

BETWEEN
Lubombo Market Data (Pty) Ltd, Gwamile Street, Mbabane, Eswatini ("Vendor")
AND
Guangzhou Jiahe Fresh Fruit Import Co., Ltd., Haizhu District, Guangzhou, Guangdong Province, China ("Customer")

WHEREAS the Customer imports citrus, avocados and other fruit from southern Africa and needs reliable market information for its purchasing and sales planning; and WHEREAS the Vendor collects and publishes packhouse volumes, shipping schedules, port prices and crop forecasts for southern African fruit and makes them available through an application programming interface (the "API"); the parties agree as follows.

1. DEFINITIONS
1.1 "Service" means access to the Vendor's Southern Africa Fruit Data API, the related web dashboard and the data delivered through them ("Vendor Data"), as described in Annex A.
1.2 "Subscription Year" means the period from 1 October 2026 to 30 September 2027, the period from 1 October 2027 to 30 September 2028, and each renewal period of the same length.
1.3 "Customer Content" means the watchlists, shipment lists, product codes and queries that the Customer sends to the Service.
1.4 "Integration Code" means the connector that the Vendor writes to load Vendor Data into the Customer's purchasing and ERP systems.

2. SERVICE
2.1 The Vendor shall provide the Service to the Customer for the Initial Term, which consists of the first two Subscription Years.
2.2 The subscription allows up to 200,000 API calls per calendar month and up to 25 named dashboard users. Vendor Data is updated at least daily, and shipping schedules at least every six hours.
2.3 The Vendor shall deliver, by 15 September 2026, historical Vendor Data from 1 January 2021 for all products listed in Annex A, and the Integration Code.
2.4 The Vendor shall provide technical support in English and Chinese by e-mail and telephone.
2.5 The Vendor may change the API, provided that it gives the Customer at least 90 days' written notice of any change that is not backward compatible, keeps the previous version running during that period and updates the Integration Code at no charge so that it works with the new version.
2.6 The Customer shall designate a technical contact, use the API in accordance with the API documentation in Annex B, and not share its access credentials outside its own organisation.

3. FEES AND PAYMENT
3.1 At the Customer's request all fees are stated and paid in CNY:
    Subscription Fee: CNY 118,000 per Subscription Year x 2 = CNY 236,000
    Integration and historical data set-up (one-time): CNY 16,000
    Total Contract Value: CNY 252,000
3.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly. Such charges are not part of the Total Contract Value.
3.3 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 29,500, each invoiced on the first day of the quarter and payable within 30 days after receipt of the invoice.
3.4 The set-up fee is invoiced after Integration Acceptance and is payable within 30 days.
3.5 All amounts include taxes payable in Eswatini. Each party bears its own bank charges.

4. INTEGRATION ACCEPTANCE
4.1 The Customer shall test the Integration Code and the historical data within ten business days after delivery.
4.2 Integration Acceptance takes place when: (a) the Integration Code loads a full daily update into the Customer's test and production systems without error on five consecutive business days; (b) a sample of 200 historical records chosen by the Customer matches the Vendor's published reports; and (c) the Customer has signed an acceptance note. Use of the dashboard before that time is not acceptance.
4.3 If the historical data or the Integration Code is not delivered by the date in clause 2.3, or fails the tests for reasons attributable to the Vendor, the Vendor shall pay CNY 200 for each day of delay until Integration Acceptance, up to a maximum of CNY 10,000.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out on Sundays between 01:00 and 05:00 China Standard Time.
5.2 A Priority 1 incident means that the API is unavailable or that no new Vendor Data has been published for more than one business day. The Vendor shall respond to a Priority 1 incident within one hour at any time and shall restore the Service as quickly as possible. Other incidents shall be answered within one business day.
5.3 If monthly availability is below 99.95%, the Customer receives a credit of 5% of the monthly share of the Subscription Fee; if below 99.5%, 10%. A late Priority 1 response earns a credit of CNY 300 for each late hour. Credits are set off against the next invoice.

6. VENDOR DATA
6.1 Vendor Data remains the property of the Vendor and its data sources. The Customer may use Vendor Data for its internal business, including sharing reports based on it with its own customers and suppliers, but may not resell raw Vendor Data.
6.2 The Vendor shall use reasonable care to ensure that Vendor Data is accurate and shall correct errors promptly when notified.
6.3 The Vendor shall state the source and the publication time of each data series in the API, and shall tell the Customer in advance when a data source will be discontinued and which replacement source, if any, it will use.
6.4 Reports that the Customer shares with third parties shall name the Vendor as the source of Vendor Data.

7. CUSTOMER CONTENT
7.1 Customer Content belongs to the Customer. The Vendor may use Customer Content only to provide the Service to the Customer and shall not sell it or use it for any other purpose.

8. INTEGRATION CODE
8.1 The Integration Code belongs to the Customer. The Vendor shall deliver its source code with the Integration Code, and the Customer may use, modify and license it freely and have it maintained by third parties.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including prices and the Customer's purchasing plans, and shall not disclose it to any third party without the other party's written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

10. TERM AND RENEWAL
10.1 This Agreement starts on 1 October 2026 and continues for the Initial Term.
10.2 After the Initial Term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
10.3 The Vendor may increase the Subscription Fee for any renewal Subscription Year by up to 8% by written notice given at least 90 days before that Subscription Year begins.

11. TERMINATION
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.
11.2 The Customer may also terminate this Agreement by written notice if monthly availability is below 99.0% in any two months of a Subscription Year.
11.3 On termination by the Customer under clause 11.1 or 11.2 the Vendor shall refund the fees paid for the period after termination.

12. SUBCONTRACTING
12.1 The Vendor shall not subcontract any part of the Service without the Customer's prior written consent. The Vendor remains responsible for the acts of its subcontractors.

13. LIABILITY
13.1 Neither party is liable for indirect or consequential loss or loss of profit, including losses from trading decisions made on the basis of Vendor Data.
13.2 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. This limit does not apply to fraud, wilful misconduct, or death or personal injury.

14. FORCE MAJEURE
14.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, strikes at ports or failures of public networks, provided that it informs the other party promptly and resumes performance as soon as possible.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

16. GENERAL
16.1 This Agreement, with Annex A (Data Catalogue) and Annex B (API Documentation), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
16.2 Neither party may assign this Agreement without the other party's written consent. Notices shall be sent in writing to the addresses above and copied by e-mail to the contacts named in Annex B.

SIGNED for and on behalf of Lubombo Market Data (Pty) Ltd
Name: ____________________  Title: ____________________  Date: __________

SIGNED for and on behalf of Guangzhou Jiahe Fresh Fruit Import Co., Ltd.
Name: ____________________  Title: ____________________  Date: __________
"""

# ================================================================ files, labels, design ==================================
NAMES = {
    "z01": ("h564z01_veterans_employment_platform.pdf", "zh", "pdf"),
    "z02": ("h564z02_titanium_dioxide_kiln_control_upgrade.docx", "zh", "docx"),
    "z03": ("h564z03_optical_chain_order_saas.txt", "zh", "txt"),
    "z04": ("h564z04_ambulance_terminal_annual_om.txt", "zh", "txt"),
    "z05": ("h564z05_brown_sugar_boiling_software_supplier_template.md", "zh", "md"),
    "e01": ("h564e01_ethiopia_quality_software_licence.pdf", "en", "pdf"),
    "e02": ("h564e02_botswana_scheduling_saas_order_form.md", "en", "md"),
    "e03": ("h564e03_namibia_cold_store_sensors.docx", "en", "docx"),
    "e04": ("h564e04_lesotho_managed_it_service.md", "en", "md"),
    "e05": ("h564e05_eswatini_fruit_market_data_api.txt", "en", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
#        avail   p1    remedy ip        dsec   owns   conf   ld                 cap          prepay acc   final  warr pwf  auto   term   subc   law         kind
TERMS = {
    "z01": T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": T(None, 0.5, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 18, 28, False, True, False, "PRC", G),
    "z03": T(99.5, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False, "PRC", S),
    "z04": T(None, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S),
    "z05": T(None, 8, False, "supplier", True, False, True, None, 186000 / 480000 * 100, 65, False, False, 6, None, False,
             True, True, None, G),
    "e01": T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True, False, "Ethiopia", G),
    "e02": T(99.95, 0.5, True, "buyer", True, False, True, 350 / 396000 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, True, False, "PRC", S),
    "e03": T(None, 1, True, "buyer", True, True, True, 0.1, None, None, True, True, 24, 9, False, True, False, "PRC", G),
    "e04": T(None, None, False, "buyer", True, True, True, 500 / 794000 * 100, 150, None, True, None, None, None, False,
             False, False, "PRC", S),
    "e05": T(99.95, 1, True, "buyer", False, True, True, 200 / 252000 * 100, 200, None, True, None, None, None, True, True,
             False, "PRC", S),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
VALUE = {"z01": 1330000, "z02": 1960000, "z03": 486000, "z04": 434000, "z05": 480000,
         "e01": 552000, "e02": 396000, "e03": 440000, "e04": 794000, "e05": 252000}
SLA_CLAUSE = {k: k != "e04" for k in NAMES}
LD_STATED = {k: k != "z05" for k in NAMES}
FEE_CAPPED = {"z01": True, "z02": True, "z05": False, "e01": True, "e03": True}  # goods_or_licence only
DEEMED = {k: k == "z05" for k in NAMES}
# TCO inputs (goods only): itemised licence/hardware fee base, warranty months, post-warranty fee % (None = not computable)
TCO_IN = {"z01": (560000, 24, 8), "z02": (1630000, 18, 28), "z05": (186000, 6, None), "e01": (340000, 18, 13),
          "e03": (384200, 24, 9)}
# value arithmetic, asserted
assert 560000 + 648000 + 96000 + 26000 == VALUE["z01"] and 266000 + 598500 + 465500 == VALUE["z01"]
assert 486000 + 168000 + 392000 + 274000 + 310000 == 1630000 and 1630000 + 142000 + 168000 + 20000 == VALUE["z02"]
assert 196000 + 686000 + 980000 + 98000 == VALUE["z02"] and 1630000 * 28 // 100 == 456400
assert 15 * 6800 == 102000 and (102000 + 36000) * 3 + 72000 == VALUE["z03"] and 138000 // 4 == 34500
assert 120 * 1650 + 86000 + 54000 + 96000 == VALUE["z04"] and VALUE["z04"] // 4 == 108500
assert 186000 + 96000 + 142000 + 46000 + 10000 == VALUE["z05"] and 312000 + 168000 == VALUE["z05"]
assert 312000 * 100 == 65 * VALUE["z05"]
assert 60 * 4200 + 88000 == 340000 and 340000 + 156000 + 38000 + 18000 == VALUE["e01"]
assert 110400 + 248400 + 193200 == VALUE["e01"] and 340000 * 13 // 100 == 44200
assert 186000 * 2 + 24000 == VALUE["e02"] and 186000 // 4 == 46500
assert 180 * 1150 + 14 * 6800 + 40 * 450 + 64000 == 384200 and 384200 + 46800 + 9000 == VALUE["e03"]
assert 286000 + 154000 == VALUE["e03"] and round(384200 * 0.09) == 34578
assert 31500 * 24 + 38000 == VALUE["e04"]
assert 118000 * 2 + 16000 == VALUE["e05"] and 118000 // 4 == 29500

DESIGN = {  # the rules I meant each draft to fire, written down before deriving them
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-LIABILITY-CAP"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-LD-LOW"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-MISSING", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP",
            "CR-SUBCONTRACT"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-AUTO-RENEWAL"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    base, wm, pct = TCO_IN[key]
    if pct is None:
        return None
    years = max(0.0, 5 - wm / 12)
    fees = years * base * pct / 100
    return fees / (VALUE[key] + fees) * 100


def derive_rules(key):
    """My own reading of policy.md section 3 applied to the labels (not project code)."""
    t, r = TERMS[key], set()
    goods = t["contract_kind"] == G
    if not SLA_CLAUSE[key]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if SLA_CLAUSE[key] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not LD_STATED[key]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or DEEMED[key] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not FEE_CAPPED[key] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
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
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, _ = NAMES[key]
    extra = {"sla_clause": SLA_CLAUSE[key], "ld_stated": LD_STATED[key]}
    if TERMS[key]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = FEE_CAPPED[key]
    extra["acceptance_deemed_on_delivery"] = DEEMED[key]
    extra["contract_value"] = VALUE[key]
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": TERMS[key],
            "expected_extra": extra, "expected_rules": derive_rules(key)}


# ================================================================ threshold scan =======================================
NUM_ZH = "〇零一二三四五六七八九十百"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![\d" + NUM_ZH + "])",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?\b|h\b)", r"(?<![" + NUM_ZH + r"])四个?小时", r"(?<![\w-])four[\s-]+hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)", r"二百四十分钟",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![" + NUM_ZH + r"\d])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"(?<![\w-])one\s+hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?<![\w-])thirty" + PCT,
    r"(?<![\d.])12\s*个月", r"(?<![\d.])12[\s-]*months?", r"(?<![一二三四五六七八九])十二个月", r"(?<![\w-])twelve[\s-]+months?",
    r"一年", r"壹年", r"(?<![\w-])one[\s-]+year", r"(?<![\d.])1[\s-]+years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![\w-])fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"(?<![\w-])forty" + PCT,
    r"(?<![\d.])5\s*年(?!度)", r"(?<![\d.])5\s*年度", r"五年", r"(?<![\w-])five[\s-]+years?", r"(?<![\d.])5[\s-]+years?\b",
    r"(?<![\d.])60[\s-]*months?", r"(?<![\d.])60\s*个月", r"六十个月",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9％", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240分钟",
            "240 minutes", "0.05%", "0.05 %", ".05%", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent",
            "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "12-month", "一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年", "5 年", "五年", "five years",
            "five-year", "60 months", "六十个月", "four-hour", "forty per cent", "fifteen percent"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "2026年", "万分之五十", "服务年度", "Subscription Year", "1.5%", "200%", "10.05%", "14 hours",
             "第1至第4个维保年度", "412 months", "35%", "65%", "45%", "0.1%", "万分之二", "千分之一", "24 months",
             "18 months", "二十四个月", "十八个月", "六个月", "1,300 active", "2024 year", "25 years", "百分之五",
             "40 door sensors", "-40 to +60 C", "15 家", "315%", "130%", "120 days", "60 days"]


def selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss: " + s, THRESHOLD_RE.search(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


def scan(name, text):
    bad = []
    for kind, v in variants(text).items():
        for m in THRESHOLD_RE.finditer(v):
            bad.append((name, kind, v[max(0, m.start() - 20):m.end() + 20]))
    return bad


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_values():
    """No label on a threshold; no TCO service share within 2 points of 40."""
    thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, t in TERMS.items():
        for f, v in thr.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        if k in TCO_IN and tco_share(k) is not None:
            assert abs(tco_share(k) - 40) > 2, (k, tco_share(k))


if __name__ == "__main__":
    selftest()
    check_values()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in NAMES.items() if v[2] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, fmt) in NAMES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    problems, fired = [], set()
    for k, (name, lang, fmt) in NAMES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], sorted(DESIGN[k]))
        fired |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = readback(OUT / name)
        problems += scan(name + " (read back)", text) + scan(k + " (source)", SRC[k])
        if lang == "zh":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            print("%s  %s  chars=%d (non-space %d) %s" % (name, lang, n, nws, "OK" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s  %s  words=%d %s" % (name, lang, n, "OK" if ok else "OUT OF RANGE"))
        if not ok:
            problems.append((name, "length", n))
        share = tco_share(k) if k in TCO_IN else None
        print("    rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk:", risk(lab["expected_rules"]),
              "| tco share: %s" % (None if share is None else round(share, 2)))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    rs = {k: label(k)["expected_rules"] for k in NAMES}
    assert [k for k in rs if not rs[k]] == ["z01", "e03"]
    assert rs["e01"] == ["CR-GOVERNING-LAW"] and risk(rs["e01"]) == "low"
    assert len(rs["z05"]) >= 8
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(rs[k]) <= 3, k
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
