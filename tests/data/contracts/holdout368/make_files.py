"""holdout368 — ten ORDINARY draft contracts (5 zh, 5 en) written blind, with their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), their .json
labels, then reads every built file back and asserts: text length ranges, no threshold figure in any text, derived
labels off every threshold, the expected rules per contract (derived from the labels by policy.md §3) and that every
one of the 20 CR rules fires at least once across the set.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 — 司法局 社区矫正信息管理平台 (政府采购 公开招标, buyer's paper), PDF, 第X条 + 1.1, compliant
Z01 = """T:澄江市社区矫正信息管理平台建设项目政府采购合同
P:合同编号：CJSF-ZFCG-2026-017    采购方式：公开招标（招标编号：CJZC2026-G031）
P:甲方（采购人）：澄江市司法局    地址：澄江市滨江大道88号
P:乙方（供应商）：南京衡矩信息技术有限公司    地址：南京市雨花台区软件大道168号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就澄江市社区矫正信息管理平台建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方按招标文件技术需求，为甲方建设社区矫正信息管理平台，内容包括平台软件许可，与公安、法院、检察院及监狱管理系统的信息共享接口定制开发，智慧矫正指挥大屏开发，历史矫正档案迁移，部署实施及培训。
P:1.2 平台覆盖市局、7个县区司法局和52个司法所，支持在册社区矫正对象约1,600人的调查评估、入矫报到、日常监管、电子定位、教育帮扶、考核奖惩和解矫全流程管理，并提供移动执法终端应用。
P:1.3 本合同附件包括：技术需求及偏离表、实施方案、验收方案、售后服务承诺。附件与正文不一致的，以正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾伍万元整（¥2,250,000），含税，为固定总价。价款明细如下：
TB:序号|项目|金额（元）
TB:1|社区矫正业务平台软件许可（永久许可，不限用户数）|1,180,000
TB:2|信息共享接口及智慧矫正指挥大屏定制开发|760,000
TB:3|历史矫正档案数据迁移|148,000
TB:4|部署实施及等级保护测评配合|126,000
TB:5|培训（系统管理员及司法所工作人员）|36,000
TB:合计||2,250,000
P:2.2 上述价款已包含软件许可、开发、迁移、部署、培训、差旅及税费，除本合同另有约定外，甲方无需另行支付其他费用。
P:2.3 乙方应在合同签订后10日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额银行保函，甲方于收到保函及发票后15个工作日内支付合同总价的20%作为预付款，计人民币450,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计人民币1,012,500元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，计人民币787,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成平台部署、数据迁移及接口联调，并书面提交初步验收申请；初步验收通过后进入为期三个月的试运行。
P:4.2 乙方应按实施方案配备项目经理1名及实施人员不少于6名，项目经理未经甲方同意不得更换。
P:4.3 因甲方原因（如接口对接单位未按时提供接口文档）导致工期延误的，工期相应顺延，乙方应及时书面说明。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、存在问题和需甲方协调的事项；发现可能影响工期或质量的重大风险时，应即时书面报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件所列功能全部实现并逐项测试通过；历史档案迁移后记录条数与源系统一致，且经双方按5%比例抽样核对无差错；平台在300个并发用户下常用页面响应时间不超过2秒；与公安、法院、检察院接口连续联调10个工作日无数据丢失。
P:5.2 最终验收在试运行期满后进行，条件为：试运行期间未发生一级故障；第三方测评机构出具的等级保护第三级测评结论为“符合”或“基本符合”且无高风险问题；技术文档、源代码及操作手册已完整移交。
P:5.3 平台上线使用、甲方支付任何款项均不视为验收合格。验收不合格的，乙方应在15日内整改完毕并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、安全补丁、版本升级和7×24小时技术支持。
P:6.2 质保期内平台月可用率不低于99.95%。每低于承诺值0.01个百分点，甲方可从应付款项或履约保证金中扣减人民币2,000元。
P:6.3 故障分级响应：一级故障（平台整体不可用或电子定位监管中断）乙方应在15分钟内响应、2小时内到场；二级故障（部分功能不可用）1小时内响应、8小时内解决；三级故障8小时内响应。一级故障响应每迟延1小时，乙方支付人民币1,000元违约金。
P:6.4 质保期满后，如甲方需要，乙方按软件许可费的9%每年（即人民币106,200元）提供运维服务，该价格自质保期满起三年内不作调整。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 为本项目定制开发的接口程序、指挥大屏、源代码及相关文档的知识产权归甲方所有，甲方可自行修改、使用，或委托第三方继续开发。
P:7.2 平台标准软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的社区矫正对象信息、定位轨迹、执法记录等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密存储、操作日志审计等安全措施；运维人员须经甲方审批后通过堡垒机访问，不得拷贝、留存数据。
P:8.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露或损毁的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、矫正对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应无偿整改；给甲方造成损失的，应予赔偿。
H:第十一条 分包
P:11.1 本项目不得分包，亦不得转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
P:14.3 双方的通知应以书面形式送达合同首部所列地址，一方地址变更的，应提前书面告知对方。
P:甲方（盖章）：澄江市司法局            乙方（盖章）：南京衡矩信息技术有限公司
P:法定代表人或授权代表：                法定代表人或授权代表：
P:签订日期：2026年  月  日
"""

# z02 — 石灰窑厂 竖窑煅烧控制系统改造 + post-warranty 维保, .docx, 一、/（一）, Word price table
Z02 = """T:青石岭石灰有限公司竖窑煅烧控制系统改造合同
P:合同编号：QSL-JK-2026-05
P:甲方：青石岭石灰有限公司（住所：河南省新乡市辉县市峪河镇工业园区）
P:乙方：洛阳窑控自动化工程有限公司（住所：洛阳市高新区丰华路26号）
P:鉴于甲方2号、3号石灰竖窑原有仪表控制系统老化，煅烧温度波动大、石灰活性度不稳定、煤耗偏高，乙方具备相应的工程设计和自动化集成能力，双方经友好协商，就竖窑煅烧控制系统改造及后续维保事宜订立本合同。
H:一、工程范围
P:（一）乙方负责两座竖窑的控制系统改造，包括DCS控制站、窑身及窑顶测温、窑气成分分析、配风变频控制、上料称量与布料控制、组态软件及燃烧优化软件的供货、安装、调试、燃烧模型标定和人员培训。
P:（二）改造应在甲方安排的停窑检修窗口内完成，单座窑停窑时间不超过20天。乙方应事先提交施工组织方案，经甲方生产部门确认后实施。
P:（三）原有设备的拆除由乙方负责，拆下的旧设备归甲方所有，由乙方运至甲方指定地点。
P:（四）乙方应在合同生效后15日内提交详细设计文件，包括控制系统配置图、测点布置图、配风控制逻辑说明和设备清单，经甲方技术部门书面确认后方可采购和施工。
H:二、合同价格
P:（一）合同总价为人民币贰佰玖拾万元整（¥2,900,000），含13%增值税、运输、保险及安装调试费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站及I/O模块|2套|620,000
TB:2|窑身/窑顶热电偶及红外测温|36点|284,000
TB:3|窑气分析仪（CO/O2/CO2）|2套|418,000
TB:4|配风变频器及控制柜|4面|336,000
TB:5|上料称量与布料控制系统|2套|392,000
TB:6|组态软件及燃烧优化软件许可|2套|310,000
TB:|软硬件小计||2,360,000
TB:7|安装调试||356,000
TB:8|燃烧模型标定及优化服务||148,000
TB:9|操作与维护培训||36,000
TB:|合计||2,900,000
P:（二）合同总价为固定价格，不因材料价格或汇率变化而调整。质保期满后的维保费用按本合同第七部分另行计取，不含在合同总价内。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币580,000元。
P:（二）设备全部到达甲方现场并经开箱清点后，甲方支付合同总价的45%，即人民币1,305,000元。开箱清点仅核对数量、型号和外观，不代表质量验收。
P:（三）两座竖窑均通过竣工验收后，甲方支付合同总价的35%，即人民币1,015,000元。
P:（四）乙方应在每笔付款前开具等额增值税专用发票。
H:四、工期
P:（一）设备应于合同生效后60日内全部到货。2号窑改造于2026年6月停窑检修期间完成，3号窑于2026年8月停窑检修期间完成。
P:（二）甲方应按时提供停窑条件、施工用电和临时场地；因甲方生产安排调整导致停窑时间推迟的，工期相应顺延。
P:（三）乙方人员进入窑区施工应遵守甲方安全生产管理制度，正确佩戴防护用品；高处作业、动火作业和受限空间作业须事先办理作业票。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）乙方应为现场施工人员办理工伤保险或意外伤害保险，并在进场前向甲方提交人员名单及特种作业证书复印件。
H:五、验收
P:（一）每座窑改造完成后连续带负荷运行72小时，乙方提交调试报告和竣工资料，由甲方组织竣工验收。
P:（二）验收标准：全部测点投入运行，测温示值与校验表偏差不超过±1%；煅烧带温度稳定在设定值±20℃以内；石灰活性度达到320ml以上，生烧率与过烧率合计不高于8%；吨灰煤耗较改造前下降不少于6%；DCS冗余切换测试无扰动。
P:（三）调试期间出现的问题由乙方负责处理。验收前甲方为维持生产而使用改造后的系统，不视为验收合格。
P:（四）任一项指标未达标的，乙方应在30日内整改并重新组织验收。
P:（五）验收时乙方应移交竣工图、组态程序备份、控制参数清单、设备说明书及备件清单，资料不全的不予验收。
H:六、质量保证
P:（一）质保期为十八个月，自竣工验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，软件免费升级。
P:（二）故障响应：一级故障（DCS停机、窑况失控或主要测温全部失效）乙方应在30分钟内电话响应、3小时内到达现场；二级故障（单个回路失控、分析仪故障）2小时内响应、次日到场；三级故障在下次巡检时处理。
P:（三）一级故障到场每超时1小时，乙方向甲方支付违约金人民币800元；二级故障到场每超时一日，支付违约金人民币1,000元。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供全包维保服务，内容包括：派驻2名驻场工程师；提供全部备品备件；每年两次停窑检修配合；燃烧模型年度再标定及控制参数优化。
P:（二）维保年费为人民币680,000元，按服务年度固定计取，维保期内不作调整。维保服务期自质保期满次日起，连续三个服务年度。
P:（三）维保费每个服务季度结束后按实际服务情况支付，维保期间的故障响应标准同本合同第六部分。
H:八、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方提供的设备存在质量问题的，应无偿更换，并赔偿由此给甲方造成的直接损失。
H:九、合同的解除
P:（一）本合同生效后，任何一方均不得单方解除合同。
P:（二）乙方存在违约行为的，甲方可要求乙方继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除本合同。
H:十、数据与网络安全
P:（一）控制系统的运行数据、工艺参数和生产记录归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方应在控制网络与办公网络之间部署工业防火墙；远程维护须经甲方逐次审批，通过VPN和堡垒机进行并全程记录；驻场人员不得使用未经检查的移动存储介质。
P:（三）因乙方原因造成数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，并承担相应的赔偿责任。
H:十一、保密
P:（一）双方对合同履行中获悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:十二、知识产权
P:（一）为甲方编制的组态程序、控制逻辑、燃烧优化模型参数及图纸资料归甲方所有，甲方可自行修改和使用。乙方标准软件产品的著作权归乙方，甲方享有永久使用权。
H:十三、分包
P:（一）设备基础、电缆桥架等土建及安装辅助工作，乙方经甲方书面同意后方可分包给具备相应资质的单位，乙方对分包工作承担全部责任。
H:十四、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）因不可抗力导致合同不能按期履行的，受影响一方应在事件发生后3日内通知对方，并在15日内提供证明，履行期限相应顺延。
P:（三）本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方：青石岭石灰有限公司（盖章）    乙方：洛阳窑控自动化工程有限公司（盖章）
P:代表签字：                          代表签字：
P:日期：2026年  月  日
"""

# z03 — 连锁火锅店 (40 家) 点餐及供应链 SaaS + 实施, .txt, 第X条 + （1）
Z03 = """蜀味坊连锁火锅门店智慧点餐及供应链管理SaaS服务合同

合同编号：SWF-IT-2026-012

甲方：成都蜀味坊餐饮管理有限公司
住所：成都市武侯区科华北路66号
乙方：杭州云灶信息技术有限公司
住所：杭州市余杭区文一西路998号

甲方在成都、重庆、绵阳三地经营40家直营火锅门店及1座中央厨房，拟统一门店扫码点餐、收银、会员及食材采购配送管理。乙方为餐饮行业SaaS服务商。双方经协商，订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店开通“云灶”智慧点餐SaaS服务，包括扫码点餐、桌台管理、收银、会员营销及经营报表。
（2）乙方向甲方中央厨房开通供应链管理模块，包括门店要货、中央厨房生产计划、食材库存、批次追溯及配送管理。
（3）乙方提供一次性实施服务：门店部署、菜品及会员数据导入、与甲方现有收银硬件和财务系统对接、店长及收银员培训。
（4）服务期为三个服务年度，自全部门店上线验收合格之日起计算。
（5）门店收银机、扫码枪、厨房打印机和平板点餐设备由甲方自备。乙方应在合同签订后5个工作日内提供兼容设备清单，并负责软件安装和调试。

第二条 服务费用
（1）本合同总金额为人民币1,602,000元，明细如下：
  门店点餐SaaS订阅费：每店每服务年度9,800元 × 40家 = 392,000元/服务年度
  中央厨房供应链模块订阅费：86,000元/服务年度
  订阅费小计：478,000元/服务年度 × 3个服务年度 = 1,434,000元
  一次性实施费：168,000元
  合计：1,602,000元
（2）服务期内新增门店按每店每服务年度9,800元折算计费，另行签订补充协议。新增门店的部署、数据导入和培训由乙方免费提供。
（3）上述费用含6%增值税。

第三条 付款方式
（1）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（2）订阅费按服务年度支付，甲方于每个服务年度开始后30日内支付当年度订阅费。
（3）乙方应在收款前开具增值税专用发票。
（4）甲方门店数量在服务期内减少的，自门店停业次月起相应减少订阅费，乙方按剩余服务期折算退还或抵扣。

第四条 实施与上线
（1）乙方应于合同签订后45日内完成全部门店部署和中央厨房模块上线。
（2）乙方每逾期一日完成上线的，按本合同总金额的万分之八向甲方支付违约金。
（3）上线验收标准：40家门店扫码点餐、收银、会员功能连续7天正常运行；菜品、价格、会员余额导入与甲方原系统核对一致；供应链模块完成连续两周的要货、配送、入库闭环，账实相符；与财务系统对接的日结数据核对无差异。
（4）门店试营业期间使用系统不视为验收合格，验收以甲方签署的验收单为准。
（5）甲方应指定项目负责人，按乙方实施计划提供菜品资料、门店网络条件和人员培训时间。因甲方原因导致上线延误的，上线期限相应顺延。

第五条 服务水平
（1）乙方承诺系统月可用率不低于99.5%，计划内维护应安排在凌晨2:00至6:00之间并提前48小时通知甲方。
（2）故障分级：一级故障（全部或多家门店无法点餐或收银）乙方应在15分钟内响应、2小时内恢复；二级故障（单店无法使用或供应链模块异常）30分钟内响应、6小时内恢复；三级故障（报表等非核心功能）在下一个工作日内处理。
（3）月可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障超时恢复的，每超时1小时另行抵扣人民币500元。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录及处理情况、功能更新说明。
（5）乙方应在火锅门店营业高峰（每日11:00至14:00、17:00至22:00）避免进行任何版本发布。

第六条 数据权属与使用
（1）甲方的订单、菜品、会员、库存及采购数据归甲方所有，甲方可随时导出。
（2）甲方同意，乙方可对甲方经营数据进行去标识化和汇总处理后，用于编制餐饮行业经营分析报告及改进乙方产品，该等去标识化数据的使用不受服务期限限制。

第七条 数据安全
（1）乙方应将甲方数据存储于中国境内的云服务器，采取传输加密、存储加密、权限分级和操作日志审计等措施，并通过网络安全等级保护第三级测评。
（2）发生数据泄露、丢失或被篡改的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的损失。
（3）服务期满或合同解除后30日内，乙方应将甲方数据完整交还甲方，并在甲方确认后删除其系统中的甲方数据。
（4）乙方应每日对甲方数据进行备份，备份数据保存不少于90天，并每季度进行一次恢复测试；会员手机号等个人信息应加密存储，页面展示时应脱敏处理。

第八条 保密
（1）双方对在合作中获悉的对方商业秘密，包括菜品配方、供应商价格、经营数据等，负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

第九条 知识产权
（1）乙方SaaS平台的知识产权归乙方。
（2）乙方为甲方定制的报表、接口程序和数据对接脚本，知识产权归甲方所有，甲方可自由使用、修改。

第十条 续期
（1）服务期满前30日内双方均未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（2）每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前书面通知甲方。

第十一条 违约与责任
（1）乙方对本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。
（2）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十二条 分包
（1）乙方不得将本合同项下的服务分包给第三方，但云服务器租用除外；确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）任何一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同。
（2）因乙方原因连续两个月月可用率低于98%的，甲方有权解除合同，并要求乙方退还未使用期间的订阅费。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

第十五条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力持续期间的订阅费相应减免。
（3）双方应遵守廉洁从业规定，乙方不得向甲方员工提供回扣、礼品或其他不正当利益。
（4）本合同附件包括：功能清单、门店清单、实施计划、上线验收单，附件为本合同的组成部分。

甲方（盖章）：成都蜀味坊餐饮管理有限公司        乙方（盖章）：杭州云灶信息技术有限公司
授权代表：                                    授权代表：
日期：2026年  月  日                           日期：2026年  月  日
"""

# z04 — 市城市管理局 数字城管系统 年度运维 (政府采购 竞争性磋商), .txt, 1. / 1.1
Z04 = """榆州市数字化城市管理系统运行维护服务项目
政府采购合同

项目编号：YZCG-2026-CS-014（竞争性磋商）
合同编号：YZCGJ-2026-YW-03

采购人（甲方）：榆州市城市管理局
地址：榆州市新华西路18号
供应商（乙方）：冀北数城运维服务有限公司
地址：石家庄市高新区黄河大道136号

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就榆州市数字化城市管理系统运行维护服务订立本合同。

1. 服务范围
1.1 数字城管应用系统（监督受理、协同工作、综合评价、移动采集、领导督办）及其数据库、中间件、服务器和存储的日常运行维护。
1.2 接入平台的1,260路视频监控点位及井盖、积水、渣土车等物联感知设备的巡检、故障排查及维修协调。
1.3 监督指挥中心坐席受理支撑，乙方派驻4名坐席人员，按甲方排班在工作日及节假日值守。
1.4 城市部件普查数据的动态更新和数据治理，全年更新部件不少于12,000个。
1.5 全国文明城市测评、重大节日及重要活动期间的保障值守，乙方应按甲方通知增派技术人员驻场。
1.6 乙方应配备项目负责人1名、系统运维工程师2名、设备巡检人员4名及坐席人员4名，人员名单及资质证书在进场前报甲方备案，更换人员须经甲方同意。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，后续服务由甲方依法另行采购，不自动续期。
2.2 甲方因机构调整或财政预算变化需要缩减服务范围的，应提前30日书面通知乙方，合同金额按缩减部分的价格构成相应调减。

3. 合同金额
3.1 本合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），为固定总价，包含人工、备品备件、交通、税费等全部费用。
3.2 价格构成：
    应用系统及基础软硬件运维：486,000元
    视频及物联感知设备巡检维护：312,000元
    坐席受理支撑（4人）：264,000元
    部件数据更新及数据治理：118,000元
    合计：1,180,000元

4. 付款
4.1 服务费按季度支付，每季度295,000元。
4.2 每季度结束后，甲方依据第7条对乙方进行季度考核，考核结果确认后15个工作日内支付该季度服务费（扣除考核扣款后）。
4.3 本合同不设预付款。
4.4 乙方请款时应提交季度考核确认单、运维月报和合法有效的发票，资料不全的，甲方有权暂缓支付且不承担逾期责任。

5. 服务进场
5.1 乙方应于服务期开始前完成与原运维单位的交接，包括系统账号、配置文档、设备台账和遗留问题清单的移交与核对。
5.2 交接完成后，甲方组织进场验收，标准为：系统账号和运维工具全部移交并修改口令；设备台账与现场核对一致；遗留问题清单已逐项确认责任和处理时限。
5.3 乙方未能按期完成交接进场的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

6. 服务水平
6.1 核心业务系统月可用率不低于99.98%。
6.2 故障分级及响应：一级故障（平台整体不可用、监督受理中断）乙方应在30分钟内响应、2小时内恢复；二级故障（单个子系统或移动采集终端批量异常）1小时内响应、6小时内恢复；三级故障（单个视频点位或感知设备故障）24小时内修复或提交维修方案。
6.3 乙方每月提交运维月报，包括故障统计、巡检记录、部件更新情况及改进建议。
6.4 乙方应每日对服务器、数据库、存储和网络设备进行健康检查，每月开展漏洞扫描并对发现的问题提出整改建议，每季度进行一次数据库备份恢复演练。
6.5 乙方应建立运维工单台账，所有故障自报修至关闭的时间节点均应记录在甲方运维管理平台上，作为考核依据。

7. 考核与扣款
7.1 甲方按季度对乙方进行考核，考核内容包括故障响应及恢复时效、系统可用率、坐席受理质量、部件更新完成率和文档规范性。
7.2 一级故障响应或恢复每超时1小时，扣款人民币1,000元；二级故障每超时1小时扣款人民币300元；月可用率每低于承诺值0.01个百分点，扣款人民币1,500元。
7.3 季度考核得分低于80分的，另扣当季度服务费的5%；连续两个季度低于70分的，甲方有权解除合同。
7.4 服务期满，甲方组织年度验收，依据四个季度的考核记录、运维月报和文档移交情况出具验收意见。

8. 数据安全
8.1 数字城管系统中的案件信息、视频图像、部件数据和市民诉求信息归甲方所有，乙方不得用于本合同以外的任何用途。
8.2 乙方运维人员须签署保密承诺书，经甲方审核后通过堡垒机访问生产系统，操作全程留痕；不得将数据拷贝至外部介质或互联网。
8.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方，配合公安及网信部门处置；因乙方原因造成的，乙方承担全部法律和赔偿责任。

9. 保密
9.1 乙方对履约中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。

10. 成果归属
10.1 乙方在服务期内形成的运维文档、巡检记录、部件数据、脚本及配置资料，其所有权和知识产权均归甲方。

11. 分包
11.1 乙方可将第1.2款所列视频及物联感知设备的现场巡检和维修工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方分包单位名称及联系人，乙方对分包工作承担全部责任。
11.2 除第11.1款外，乙方不得将其他服务转包或分包。

12. 违约责任
12.1 乙方未按本合同提供服务的，除按第7条扣款外，应赔偿由此给甲方造成的损失。
12.2 甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
12.3 乙方派驻人员数量不足或擅自更换人员的，每缺员一人一日扣款人民币400元。

13. 合同解除
13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并按实际服务时间结算费用。

14. 争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，向榆州市人民法院提起诉讼。

15. 其他
15.1 本合同一式五份，甲方三份，乙方两份，经双方盖章后生效。
15.2 磋商文件、响应文件及成交通知书为本合同的组成部分。
15.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商处理。
15.4 服务期满或合同解除时，乙方应配合甲方及后续服务单位完成交接，移交全部账号、文档和数据，交接期不少于15日，交接期间乙方不得停止服务。
15.5 乙方及其工作人员不得向甲方工作人员提供任何形式的不正当利益，违反的，甲方有权解除合同。

甲方（盖章）：榆州市城市管理局          乙方（盖章）：冀北数城运维服务有限公司
签订日期：2026年  月  日
"""

# z05 — 麻花厂 MES licence + custom development on the supplier's own template (many problems), .md
Z05 = """# 织数MES系统软件销售及实施合同

> 苏州织数智能科技有限公司标准合同文本 ZS-MES-V5.0（2025年修订）

**合同编号：** ZS-2026-TJ-0318

**甲方（买方）：** 天津津沽香麻花食品有限公司
**住所：** 天津市西青区精武镇工业园创业路9号

**乙方（卖方）：** 苏州织数智能科技有限公司
**住所：** 苏州工业园区星湖街328号

甲方为传统麻花及休闲糕点生产企业，拥有和面、成型、油炸、冷却、包装五个工段共4条生产线。为实现生产过程数字化和批次质量追溯，甲方向乙方购买织数MES系统软件许可并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织数MES标准软件许可，包括生产计划、工单管理、质量管理、仓储管理和设备管理模块，许可点数为60个并发用户。

1.2 乙方为甲方定制开发：油炸工段油温及时间数据采集与超限报警；麻花配方与投料管理；原料、半成品至成品的批次追溯码及追溯查询；与甲方用友ERP的物料和工单接口。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

1.4 甲方应按乙方要求提供服务器、网络环境、基础数据和各工段操作人员，并指定一名项目联系人负责需求确认。需求确认书经甲方签字后，作为定制开发的唯一依据。

1.5 乙方提供的培训包括系统管理员培训和车间操作员培训各两次，培训教材以电子版形式交付。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织数MES标准软件许可（60并发用户） | 520,000 |
| 2 | 定制开发（油炸数据采集、配方管理、批次追溯、ERP接口） | 460,000 |
| 3 | 实施部署及数据初始化 | 96,000 |
| 4 | 培训 | 24,000 |
|  | **合计** | **1,100,000** |

2.1 合同总价为人民币壹佰壹拾万元整（¥1,100,000），含税。

2.2 数据采集所需的PLC通讯模块、工控机、扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%作为预付款，即人民币605,000元。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即人民币495,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持。

3.4 乙方在收到每笔款项后开具增值税专用发票，软件许可部分适用13%税率，技术服务部分适用6%税率。

## 第四条 实施周期

4.1 乙方应在收到预付款后120日内完成系统上线。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方需求变更、数据准备延迟或硬件未及时到位导致的延误，乙方不承担责任，上线日期相应顺延。

## 第五条 上线与验收

5.1 乙方完成部署和培训后通知甲方系统上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整，按需求变更处理，费用另计。

5.3 需求变更的工作量由乙方评估，按每人日人民币2,800元计费，经双方书面确认后实施。

## 第六条 知识产权

6.1 织数MES标准软件的著作权归乙方所有，甲方获得在其天津工厂范围内使用的非独占、不可转让许可。

6.2 乙方为甲方定制开发的程序、配方管理和追溯功能、接口程序及相关源代码，知识产权均归乙方所有。甲方仅可在本合同许可范围内使用，不得修改、反编译或交由第三方维护。

## 第七条 免费维护期及后续维护

7.1 乙方提供六个月的免费维护期，自系统上线之日起计算，免费维护期内乙方负责缺陷修复。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费用按乙方届时公布的收费标准执行。

## 第八条 技术支持与服务响应

8.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日9:00至18:00。如需现场服务，差旅费用由甲方承担。

8.2 一级故障（系统无法登录或生产工单无法下达）乙方在接到甲方报修后8小时内响应；其他故障在3个工作日内响应。

8.3 上述响应时间为乙方服务目标，乙方未能达到的，不承担任何扣款、赔偿或违约责任。

## 第九条 数据

9.1 甲方生产经营数据归甲方所有。

9.2 甲方同意乙方在对甲方数据进行脱敏处理后，将其用于乙方产品研发、算法训练和行业案例展示。

9.3 乙方对甲方数据采取访问权限控制和备份措施，乙方人员远程访问须经甲方同意；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

## 第十条 保密

10.1 双方对本合同内容及履约中获悉的对方技术和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 分包

11.1 乙方有权根据项目需要将部分开发或实施工作分包给第三方，无需取得甲方同意，乙方对分包方的工作向甲方负责。

## 第十一条之一 系统环境

甲方应保证服务器、操作系统、数据库及网络环境符合乙方提供的配置要求，并自行负责服务器的日常备份和防病毒。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任，乙方协助处理的，按人日另行收费。

## 第十二条 责任限制

12.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

12.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 第十三条 合同解除

13.1 一方严重违反本合同约定，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十四条 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 因不可抗力、政策变化、网络运营商故障或第三方软硬件缺陷导致乙方不能履行或迟延履行的，乙方不承担责任。

15.3 双方往来通知可以采用电子邮件方式，发出即视为送达。甲方联系人：生产部经理；乙方联系人：项目经理。

15.4 本合同附件包括：报价单、功能清单、需求确认书模板，附件与正文不一致的，以正文为准。

**甲方（盖章）：** 天津津沽香麻花食品有限公司　　　　**乙方（盖章）：** 苏州织数智能科技有限公司

**授权代表：**　　　　　　　　　　　　　　　　　　　**授权代表：**

**日期：** 2026年　月　日
"""

# e01 — Jingdezhen enamel studio firing-curve software, perpetual licences, Serbian vendor (Kragujevac), PDF, Article N / N.N
E01 = """T:SOFTWARE LICENCE AND INSTALLATION AGREEMENT
P:Agreement No. SKS-JDZ-2026-04
P:This Agreement is made between Jingdezhen Cuiyao Enamel Art Studio Co., Ltd., a company registered in Jingdezhen, Jiangxi Province, People's Republic of China, with its studio at 17 Taoxi Road, Changjiang District, Jingdezhen (the "Buyer"), and Sumadija Kiln Software d.o.o., a limited liability company registered in the Republic of Serbia, with its office at Kralja Petra I 42, 34000 Kragujevac, Serbia (the "Vendor").
H:Recitals
P:A. The Buyer produces painted enamel and overglaze porcelain in nine electric and two gas kilns and wishes to record, programme and replay firing curves centrally instead of by hand-written cards.
P:B. The Vendor develops FireCurve Studio, a kiln firing-curve management program, together with controller connectors and a glaze library, and has agreed to license, install and configure them for the Buyer.
P:C. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FireCurve Studio version 7, the Kiln Controller Connectors and the Glaze Library Module listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Studio Profiles" means the firing curves, kiln profiles, glaze recipes and schedule templates which the Vendor creates or converts for the Buyer under Article 2.
P:1.3 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 6.
P:1.4 "Business Day" means a day on which banks are open in Jingdezhen.
H:Article 2 Scope of Supply
P:2.1 The Vendor shall grant the licences set out in Article 3, deliver the Software, install it on the Buyer's two workstations and one local server, and connect the eleven kiln controllers.
P:2.2 The Vendor shall convert the Buyer's existing firing cards (approximately 140 curves) into Studio Profiles, calibrate each kiln's thermocouple offset, and train up to eight staff members in two sessions at the Buyer's studio.
P:2.3 The Buyer shall provide network points next to each kiln, remote access through its VPN when approved, and a person who knows the existing firing cards.
H:Article 3 Licences and Prices
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software at its Jingdezhen premises for its own production. The licence does not end when support ends.
P:3.2 The prices are fixed and include all taxes and duties payable in Serbia. Import VAT in China, if any, is included in the Vendor's price and settled through the Vendor's Chinese agent.
P:Item  Description  Quantity  Unit price (CNY)  Amount (CNY)
P:1  FireCurve Studio perpetual licence, named workstation  8  46,000  368,000
P:2  Kiln Controller Connector licence (per kiln)  12  9,500  114,000
P:3  Glaze Library Module, site licence  1  58,000  58,000
P:Licence subtotal  540,000
P:4  Installation, kiln calibration and profile conversion  1  96,000  96,000
P:5  Training, two on-site sessions  1  24,000  24,000
P:Contract Price  660,000
P:3.3 The twelfth connector licence is a spare for the gas kiln that the Buyer plans to install.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 132,000) within 20 Business Days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 297,000) within 20 Business Days after the Vendor has installed the Software and connected all kilns, as confirmed by an installation note. The installation note records completion of the installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 231,000) within 20 Business Days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account of the Vendor's Chinese agent named in Annex 2. Bank charges in China are for the Buyer, bank charges outside China for the Vendor.
H:Article 5 Delivery and Installation
P:5.1 The Vendor intends to deliver the Software within 30 days after signature and to complete installation and profile conversion within 70 days after signature.
P:5.2 The dates in Article 5.1 are planning dates. The Vendor shall inform the Buyer promptly of any expected delay and agree a revised plan with the Buyer.
P:5.3 Installation work at the kilns shall be carried out only when the kilns are cold and the Buyer's kiln master is present.
P:5.4 The Vendor's engineers travel to Jingdezhen at the Vendor's cost. The Buyer shall assist with invitation letters for visas and provide a quiet room for training and profile conversion work.
H:Article 6 Acceptance
P:6.1 After installation the parties shall carry out acceptance tests at the Buyer's studio. The Software passes the tests when: (a) every kiln can be started, monitored and stopped from the workstation; (b) ten consecutive firings on each electric kiln follow the programmed curve within plus or minus 5 degrees Celsius at every holding stage; (c) all converted Studio Profiles are checked by the Buyer's kiln master against the original cards; (d) firing logs are stored and can be exported for at least the last 500 firings; and (e) an alarm is raised within 60 seconds when a thermocouple fails.
P:6.2 If the tests are passed, the Buyer shall sign the acceptance certificate within five Business Days. If a test fails, the Vendor shall correct the defect and repeat the test. Use of the Software in production before Final Acceptance does not mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform materially in accordance with its documentation for 18 months from Final Acceptance (the "Warranty Period") and shall correct any reproducible defect free of charge during that period.
P:7.2 During the Warranty Period the Vendor shall respond to support requests by e-mail or remote session as follows: Severity 1 (no kiln can be controlled, or a firing in progress cannot be monitored): response within 2 hours; Severity 2 (one kiln or one module unusable): response within 8 business hours; Severity 3 (other questions): response within three Business Days.
P:7.3 The response times in Article 7.2 are targets. The Vendor shall use reasonable endeavours to meet them, and no service credits, fee reductions or damages of any kind apply if a target is missed.
P:7.4 After the Warranty Period the Buyer may order annual support for CNY 70,200 per year, which is 13% of the licence subtotal. This price is fixed for the first three support years. Support is renewed only by a written order of the Buyer and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all rights in it remain the property of the Vendor, subject to the licence in Article 3.1.
P:8.2 The Studio Profiles, including the converted firing curves, glaze recipes and kiln calibration data, belong to the Buyer. The Buyer may use, change and pass them on freely, also to other software suppliers.
H:Article 9 Buyer Data and Security
P:9.1 Firing logs, recipes and all other data generated with the Software belong to the Buyer. The Vendor may use them only to provide support under this Agreement.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, takes place only through the Buyer's VPN and is logged. The Vendor shall not copy Buyer data out of the Buyer's systems except anonymised error logs approved by the Buyer.
P:9.3 The Vendor shall keep its access credentials secure and inform the Buyer within 24 hours of any suspected unauthorised access to Buyer data. The Vendor is responsible for any loss or disclosure of Buyer data caused by its personnel or its remote access.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, in particular the Buyer's glaze recipes and firing curves, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to wilful misconduct, personal injury, or breach of Articles 9 and 10.
P:11.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor's Chinese agent named in Annex 2 acts only as payment and import agent.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid against return of the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Serbia.
P:14.2 Any dispute arising out of this Agreement shall be settled by the competent Commercial Court in Kragujevac, Serbia.
H:Article 15 Miscellaneous
P:15.1 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.
P:15.2 Annex 1: Software description and system requirements. Annex 2: Details of the Vendor's Chinese agent and bank account.
P:For the Buyer: Jingdezhen Cuiyao Enamel Art Studio Co., Ltd.    Name:    Title:    Date:
P:For the Vendor: Sumadija Kiln Software d.o.o.    Name:    Title:    Date:
"""

# e02 — Yellow Mountain hot-spring resort booking SaaS, Order Form (Part A) + General Terms (Part B), .md
E02 = """# ORDER FORM AND GENERAL TERMS OF SERVICE

**Order Form No.:** OLS-CN-2026-0117

## PART A — ORDER FORM

**Customer:** Huangshan Yunquan Hot Spring Resort Management Co., Ltd., Tangkou Town, Huangshan District, Huangshan, Anhui Province, People's Republic of China

**Provider:** Ohrid Lakeside Software DOOEL, Ulica Turistichka 12, 6000 Ohrid, Republic of North Macedonia

**Service:** SpaBook hosted booking and guest management service for the Customer's hot-spring resort (two hotels, 318 rooms, 46 private spring pools and the public spa), including the online booking engine, the channel manager and the payment connector.

### A1. Subscription Term

A1.1 The Subscription Term is three Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A4, and each following Subscription Year begins on the anniversary of that date.

A1.2 The Subscription Term ends at the end of the third Subscription Year. It may be extended only by a new Order Form signed by both parties.

### A2. Fees

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY) and include VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| SpaBook booking engine (2 hotels, spa and pool booking) | per Subscription Year | 168,000 |
| Channel manager (OTA connections) | per Subscription Year | 54,000 |
| Payment connector (UnionPay, WeChat Pay, Alipay) | per Subscription Year | 18,000 |
| Subscription Fees | per Subscription Year | 240,000 |
| Subscription Fees for three Subscription Years | | 720,000 |
| Onboarding (configuration, data migration, training), one-time | | 86,000 |
| **Total Fees** | | **806,000** |

A2.1 The fees are fixed for the Subscription Term.

A2.2 Transaction fees charged by payment institutions are paid by the Customer directly to them and are not part of this Order Form.

### A3. Invoicing and Payment

A3.1 The Onboarding fee is invoiced after Go-Live Acceptance.

A3.2 The Subscription Fees for each Subscription Year are invoiced at the start of that Subscription Year. The first invoice is issued on the date of Go-Live Acceptance.

A3.3 Invoices are payable within 30 days by bank transfer to the Provider's CNY account stated on the invoice.

### A4. Onboarding and Go-Live Acceptance

A4.1 The Provider shall complete Onboarding by 15 May 2026 (the "Target Date"). Onboarding includes configuring room types, spring pools, rate plans and packages, migrating future reservations and guest profiles from the Customer's current system, connecting the OTA channels listed in Schedule 1, and training front-desk and reservation staff.

A4.2 Go-Live Acceptance tests are: (a) a full week of parallel running in which every reservation in the old system appears in SpaBook with the same dates, rates and deposits; (b) inventory synchronised with all listed OTA channels within two minutes of a change; (c) successful test payments and refunds for each payment method; (d) booking pages loading in under three seconds from mainland China networks. The Customer signs a Go-Live Acceptance certificate when the tests are passed. Taking live bookings before that signature is not acceptance.

A4.3 If Go-Live Acceptance is not reached by the Target Date for reasons within the Provider's control, the Provider shall pay the Customer CNY 800 for each day of delay.

### A5. Service Levels

A5.1 The Provider shall make the booking engine available 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

A5.2 Support is provided in Chinese and English. Severity 1 (guests cannot book or pay, or the channel manager stops updating inventory): response within 30 minutes, 24 hours a day; Severity 2 (a function is degraded): response within 2 hours; Severity 3: next business day.

A5.3 If availability falls below the commitment in a month, the Customer receives a service credit of 10% of the monthly share of the Subscription Fees, and 25% if availability is below 99.5%. If a Severity 1 response is late, the Customer receives a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

### A6. Hosting

A6.1 The service is hosted in Alibaba Cloud data centres in the Hangzhou region of mainland China. The Provider's engineers in Ohrid support the service remotely.

### A7. Customer Responsibilities

A7.1 The Customer shall name a project lead for Onboarding, provide its current reservation data export, room and pool descriptions, photographs and rate rules by the dates in the onboarding plan, and make front-desk staff available for two training sessions.

A7.2 The Customer shall obtain the OTA and payment accounts listed in Schedule 1 in its own name and give the Provider the access needed to connect them.

A7.3 If the Customer is late in providing what A7.1 and A7.2 require, the Target Date moves by the same number of days.

### A8. Contacts

A8.1 Customer: IT manager of the resort, Tangkou Town office. Provider: customer success manager for China, based in Ohrid, with a Chinese-speaking support line during Beijing business hours.

**Signed for the Customer:** ______________________  **Date:** ________

**Signed for the Provider:** ______________________  **Date:** ________

## PART B — GENERAL TERMS OF SERVICE

### B1. Application

B1.1 These General Terms apply to the Order Form in Part A. If Part A and Part B conflict, Part A prevails.

### B2. Use of the Service

B2.1 The Provider grants the Customer and its staff the right to use the service during the Subscription Term for the operation of the Customer's resort.

B2.2 The Customer is responsible for the accuracy of the rates and content it enters and for the use of the service by its staff.

B2.3 The Customer shall not resell the service, attempt to reverse engineer it, or use it to send unsolicited marketing messages. User accounts are personal and may not be shared between staff members.

B2.4 The Provider shall keep the booking pages compliant with the display rules for prices and taxes in mainland China and shall update the payment connector when payment institutions change their interfaces, at no extra charge.

### B3. Customer Data

B3.1 "Customer Data" means reservations, guest profiles, rates and all other data entered into or generated by the service for the Customer.

B3.2 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the service to the Customer and shall not sell it or use it for any other purpose.

B3.3 On request, and in any case within 30 days after the end of the Subscription Term, the Provider shall make all Customer Data available for download in CSV format.

### B4. Customer Configurations

B4.1 Rate plans, package templates, e-mail and page templates, and reports configured for the Customer belong to the Customer. The Customer may copy, change and use them with any other system, also after the Subscription Term.

B4.2 The SpaBook software and its standard features remain the property of the Provider.

### B5. Confidentiality

B5.1 Each party shall keep confidential all non-public business information received from the other party, including prices, occupancy figures and contract terms, and use it only for this Agreement. This obligation continues for three years after the Subscription Term.

### B6. Subcontracting

B6.1 Apart from the hosting provider named in A6.1, which the Customer approves by signing Part A, the Provider shall not subcontract any part of the service without the Customer's prior written consent.

### B7. Liability

B7.1 The Provider's total liability for all claims arising out of or in connection with this Agreement is limited to CNY 200,000.

B7.2 Neither party is liable for indirect or consequential loss, including loss of bookings or profit.

### B8. Termination

B8.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

B8.2 On termination by the Customer under B8.1, the Provider shall refund the prepaid Subscription Fees for the remaining part of the current Subscription Year.

### B9. Changes to the Service

B9.1 The Provider may improve the service from time to time. It shall not remove a function listed in Part A during the Subscription Term.

B9.2 The Provider shall announce new releases at least seven days before they go live and shall not release changes during the Chinese New Year and National Day holiday periods, which are the resort's busiest weeks.

### B9A. Force Majeure

B9A.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and does its best to limit the effects. Failures of the Provider's own suppliers are not force majeure unless they are themselves caused by such an event.

### B10. Governing Law and Disputes

B10.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

B10.2 Any dispute shall be submitted to the Huangshan Arbitration Commission for arbitration in Huangshan. The award is final and binding.

### B11. General

B11.1 Notices must be in writing and sent by e-mail to the addresses on the Order Form. This Agreement is written in English; a Chinese translation is provided for convenience.

B11.2 Neither party may assign this Agreement without the other party's prior written consent. Schedule 1 (OTA channels and payment accounts) forms part of the Order Form.
"""

# e03 — Heilongjiang soybean farm grain-bin sensors, buyer's paper, Albanian integrator (Shkoder), .docx, Section N / N.N
E03 = """T:Supply and Installation Contract for Grain Bin Monitoring Equipment
P:Contract No. NJHT-GB-2026-02
P:Buyer: Nenjiang Heitu Soybean Farm Co., Ltd., No. 8 Xingnong Road, Nenjiang, Heihe, Heilongjiang Province, People's Republic of China.
P:Supplier: Shkodra Agritech Integration sh.p.k., Rruga Kolaj 21, 4001 Shkoder, Republic of Albania.
P:The Buyer stores its soybean harvest in 64 steel grain bins and wishes to monitor grain temperature, moisture and carbon dioxide in every bin and to control the aeration fans automatically. The Supplier has offered equipment and software for this purpose in its tender of 12 January 2026. The parties therefore agree as follows, on the Buyer's standard contract terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 for all 64 bins, connect them to the monitoring software on the Buyer's server in the farm office, and train the Buyer's storage staff.
P:1.2 The Supplier shall complete installation before 31 August 2026 so that the system is in operation for the autumn harvest.
P:1.3 The Supplier is responsible for the design of the cable layout in each bin, following the bin drawings provided by the Buyer.
P:1.4 The Supplier shall submit a detailed installation plan within 20 days after signature, showing the number and position of temperature cables per bin, the gateway locations, the fan controller wiring and the work sequence. The Buyer shall approve or comment on the plan within ten days.
P:1.5 All equipment shall be new, suitable for outdoor use at temperatures down to minus 40 degrees Celsius, and certified for use in grain storage where dust is present. Equipment that requires a China Compulsory Certification shall carry it.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 1,058,000, fixed, including delivery to the farm, customs clearance, import duties and taxes.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature cable set, per bin|64|5,800|371,200
TB:2|Moisture and CO2 sensor pack, per bin|64|2,650|169,600
TB:3|LoRa gateway with solar power|8|7,400|59,200
TB:4|Aeration fan controller|32|6,100|195,200
TB:5|GrainWatch monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||913,200
TB:6|Installation, calibration and commissioning|1|126,400|126,400
TB:7|Training of storage staff|1|18,400|18,400
TB:|Contract Price|||1,058,000
P:2.2 No other amount is payable for the scope in Section 1. Cables, brackets, junction boxes and other small materials needed for a complete installation are included even if not listed.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 105,800) as an advance within 15 working days after receiving an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 581,900) after all equipment has been installed in all bins and the parties have signed an installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 370,300) within 20 working days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The equipment shall be delivered to the farm by 31 July 2026.
P:4.1A The Supplier shall arrange export from Albania, sea and rail transport to Nenjiang, customs clearance in China and insurance up to delivery, and shall notify the Buyer of each shipment with the packing list at least seven days before arrival.
P:4.1B Risk in the equipment passes to the Buyer on delivery at the farm. Title passes on payment under Section 3.2.
P:4.2 If the Supplier fails to complete installation by the date in Section 1.2, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation, the system shall run for 30 consecutive days with grain in at least 40 bins. Final Acceptance requires that: (a) every cable and sensor reports to the software at the set interval; (b) temperature readings at ten sample points per bin agree with a calibrated reference thermometer within plus or minus 0.5 degrees Celsius; (c) fan controllers start and stop the aeration fans according to the configured rules in every tested bin; (d) a simulated hot spot triggers an alarm on the software and by SMS within five minutes; and (e) all manuals and as-built drawings have been handed over.
P:5.2 When these criteria are met, the Buyer shall sign the Final Acceptance certificate. Use of the system during the test run does not mean acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including transport and the work in the bins.
P:6.2 Severity 1 faults (monitoring of more than four bins lost, or alarms not working during storage season): remote response within 1 hour and on-site attendance by the Supplier's Harbin service partner within 24 hours. Severity 2 faults (single bin or single sensor): response within one working day.
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 500, and for each day by which on-site attendance is late, CNY 2,000.
P:6.3A The Supplier shall keep spare temperature cables, sensor packs and one gateway in stock in Harbin during the warranty so that replacements can be made within the on-site attendance time.
P:6.4 After the warranty the Buyer may order annual maintenance for CNY 63,924 per year, being 7% of the Hardware and Licence Subtotal. This price is fixed for three years after the warranty ends. Maintenance is ordered each year by written order and does not renew automatically.
H:Section 7 Data and Security
P:7.1 All grain condition data, alarms and logs belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 The software runs on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall apply security updates within ten working days of release and change all default passwords at installation.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the system and shall be liable for loss or damage caused by its breach of this Section.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information, including the Buyer's storage volumes and sales plans, and shall not disclose it to third parties without written consent. This obligation survives termination for three years.
H:Section 9 Intellectual Property
P:9.1 The configuration files, alarm rules, bin layouts and as-built drawings prepared for the Buyer belong to the Buyer, who may use and change them freely.
P:9.2 The GrainWatch software remains the property of the Supplier; the Buyer receives a perpetual licence for use at its farm.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to the Supplier's Harbin service partner named in Annex 3 for on-site warranty work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice.
P:12.2 On termination under Section 12.1 the Buyer may keep the equipment already installed and pay for it at the prices in Section 2, or return it against refund of the amounts paid.
H:Section 12A Site Safety and Training
P:12A.1 Work inside or on top of grain bins is dangerous. The Supplier's staff shall follow the Buyer's confined-space and working-at-height rules, shall not enter a bin while grain is being moved, and shall work in pairs with a permit issued by the Buyer's storage manager.
P:12A.2 The Supplier shall train up to twelve storage staff in two sessions at the farm, in Chinese, covering the software, alarm handling, fan control rules and simple sensor replacement. Training materials shall be provided in Chinese.
H:Section 12B Force Majeure
P:12B.1 Neither party is liable for delay caused by events beyond its reasonable control, such as floods, severe weather or government restrictions, if it notifies the other party within seven days and takes reasonable steps to reduce the delay.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 14 General
P:14.1 This Contract is made in English and Chinese; both versions have equal force. Annexes: 1 technical specification, 2 bin drawings, 3 Harbin service partner.
P:14.2 Notices shall be in writing and sent to the addresses above. Notices by e-mail are valid if the recipient confirms receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e04 — Shishi jeans maker's managed backup service, Bosnian provider (Mostar), .md, numbered clauses + Schedules
E04 = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

**Agreement reference:** NDP-SS-2026-009

**Between**

**(1) Shishi Lanwei Denim Garment Co., Ltd.**, a company incorporated in the People's Republic of China, of 55 Baoshan Road, Shishi, Quanzhou, Fujian Province (the "**Customer**"); and

**(2) Neretva Data Protection d.o.o.**, a company incorporated in Bosnia and Herzegovina, of Bulevar 17, 88000 Mostar, Bosnia and Herzegovina (the "**Provider**").

**Background**

(A) The Customer makes and exports jeans. Its ERP, pattern-design (CAD) files, cutting-room data and e-mail run on servers in its Shishi plant, which until now have been backed up to tape by its own IT staff.

(B) The Provider operates managed backup services through backup appliances installed at customer sites and storage in third-party data centres. At the Customer's request, the Provider will keep all backup copies in data centres in mainland China.

(C) At the Customer's request, all charges in this Agreement are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "**Services**" means the backup, retention, monitoring and restore services described in clause 3 and Schedule 1.

1.2 "**Customer Data**" means all data of the Customer that is backed up, stored or restored under this Agreement, including backup copies.

1.3 "**Service Commencement Date**" means the date on which the Customer signs the Service Acceptance certificate under clause 4.

1.4 "**Initial Term**" means 36 months from the Service Commencement Date.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Initial Term.

2.2 This Agreement does not renew automatically. Any extension requires a written agreement signed by both parties, and the charges for any extension shall be agreed in that document.

## 3. The Services

3.1 The Provider shall back up the Customer's 14 physical and virtual servers (about 38 TB of protected data) every night, keep hourly snapshots of the ERP database, and keep copies for the periods in Schedule 1.

3.2 The Provider shall install and manage one backup appliance in the Customer's server room in Shishi and keep a second copy of every backup in a data centre in Quanzhou and a third, immutable copy in a data centre in Xiamen.

3.3 The Provider shall monitor all backup jobs from its operations centre in Mostar, re-run failed jobs, and report to the Customer every month.

3.4 The Provider shall carry out a full restore test of the ERP system and a sample restore of CAD files every quarter, in the presence of the Customer's IT manager, and report the results.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding by 30 April 2026. Onboarding includes installing the appliance, setting up the backup policies, seeding the first full backups to both data centres, and documenting the restore procedures.

4.2 Service Acceptance requires: (a) seven consecutive days on which all scheduled backup jobs complete; (b) a successful restore of the ERP database to a test server within the recovery time in Schedule 1; (c) successful restore of 50 CAD files chosen by the Customer; (d) the run-book delivered and reviewed by the Customer. The Customer then signs the Service Acceptance certificate. Backups running before that date do not mean acceptance.

4.3 If Service Acceptance is not reached by the date in clause 4.1 for reasons within the Provider's control, the Provider shall pay the Customer CNY 1,000 for each day of delay.

## 5. Service Levels

5.1 The self-service restore portal shall be available 99.95% of each month, measured by the Provider's monitoring and reported monthly.

5.2 Incidents are handled according to the priority table in Schedule 2. A Priority 1 incident is a situation in which the Customer needs a restore of a production system that is down.

5.3 If the Provider misses a response or restore-start time in Schedule 2, or portal availability falls below the level in clause 5.1, the Customer is entitled to the service credits in Schedule 2. Credits are deducted from the next monthly invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3 and are fixed for the Initial Term.

6.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

6.3 Invoices are payable within 30 days of receipt by bank transfer to the Provider's CNY account.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and for no other purpose.

7.2 All backup copies shall be encrypted in transit and at rest with AES-256. Encryption keys for the immutable copy are held in escrow by the Customer. Customer Data shall not leave mainland China. The Provider's staff in Mostar may access the backup management console only, through multi-factor authentication, and cannot read the content of backups.

7.3 The data centres used shall hold a valid MLPS level 3 record and ISO 27001 certificate.

7.4 The Provider shall notify the Customer within 12 hours after becoming aware of any loss, corruption or unauthorised access to Customer Data, and shall be liable for all losses caused by its breach of this clause 7.

7.5 At the end of this Agreement the Provider shall return the latest full backup to the Customer and then securely delete all Customer Data, confirming deletion in writing.

## 8. Confidentiality

8.1 Each party shall treat as confidential all non-public information of the other party, including the Customer's designs, customer lists and prices, and shall not disclose it without prior written consent, except to its professional advisers. This clause survives the end of this Agreement for three years.

## 9. Intellectual Property

9.1 Backup policies, run-books and restore procedures prepared for the Customer belong to the Customer, who may use them freely, including with a successor provider.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Schedule 3. This limit does not apply to breach of clauses 7 or 8, wilful misconduct or personal injury.

## 11. Subcontracting

11.1 The Provider may not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the use of the two data-centre operators named in Schedule 1 for colocation only.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 The Customer may also terminate if service credits are due in three consecutive months.

12.3 On termination the Provider shall give reasonable assistance for the transfer of backups to a new provider for up to 60 days at the rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Bosnia and Herzegovina.

13.2 Any dispute shall be finally settled by arbitration at the Foreign Trade Arbitration Court of the Foreign Trade Chamber of Bosnia and Herzegovina in Sarajevo, in English.

## 14. Force Majeure and Notices

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to limit the effects. A failure of a data centre used by the Provider is not force majeure for the Provider unless it results from such an event and the other copies of the Customer Data remain available.

14.2 Notices must be in writing and sent by e-mail and courier to the addresses above. The Customer's contact is its IT manager; the Provider's contact is its service delivery manager.

14.3 This Agreement is written in English. A Chinese translation will be provided for the Customer's internal use; the English text prevails.


Protected systems: 14 servers (ERP, CAD file server, e-mail, cutting-room and warehouse systems). Retention: daily backups 35 days, weekly backups 26 weeks, monthly backups 7 years for finance data. Recovery time for the ERP database: 3 hours to a restored, running test or production server. Data centres: Quanzhou (second copy) and Xiamen (immutable copy), operated by the colocation providers named in the Annex.

## Schedule 2 — Incident Priorities and Service Credits

| Priority | Example | Response | Restore start | Credit if missed |
|---|---|---|---|---|
| P1 | Production system down, restore needed | 15 minutes, 24 hours a day | 1 hour | 5% of monthly charge per hour late |
| P2 | Single server or file restore needed urgently | 1 hour | 8 business hours | 2% of monthly charge per hour late |
| P3 | Failed job, question, report | next business day | — | none |

Portal availability below 99.95% in a month: credit of 5% of the monthly charge. Total credits in a month are limited to 50% of the monthly charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance installation, policies, initial seeding, run-book) | one-time | 48,000 |
| Managed backup service (up to 45 TB protected) | per month | 26,500 |
| Managed backup service, Initial Term | 36 months | 954,000 |
| **Total charges for the Initial Term** | | **1,002,000** |
| Additional protected capacity above 45 TB | per TB per month | 380 |
| Transition assistance | per engineer day | 3,200 |

Signed for the Customer: ______________________ Date: __________

Signed for the Provider: ______________________ Date: __________
"""

# e05 — Ningbo cross-border platform's importer-of-record check API subscription, Cypriot vendor (Larnaca), .txt
E05 = """API SUBSCRIPTION AGREEMENT
IMPORTER-OF-RECORD VERIFICATION SERVICE

Agreement number: LTCD-NB-2026-031

THIS AGREEMENT is entered into between:

NINGBO HAIYUN CROSS-BORDER E-COMMERCE SERVICE CO., LTD., a company established under the laws of the People's Republic of China, with its registered office at 9 Jiangnan Road, Beilun District, Ningbo, Zhejiang Province ("Customer"); and

LARNACA TRADE COMPLIANCE DATA LTD, a company registered in the Republic of Cyprus under number HE 418277, with its registered office at 31 Grigori Afxentiou Avenue, 6023 Larnaca, Cyprus ("Vendor").

BACKGROUND

Customer runs a cross-border export platform through which about 2,300 Chinese sellers ship goods to buyers in the European Union and the United Kingdom. Before each shipment Customer must check that the named importer of record holds a valid EORI number, a VAT registration and, for some goods, the required import licence. Vendor operates an application programming interface ("API") that performs these checks against public and licensed registers and returns a structured result. Customer wishes to call the API from its order system.

1. DEFINITIONS

1.1 "API" means Vendor's importer-of-record verification interface, version 3, and its documentation.

1.2 "Check" means one API request that returns a verification result for one importer of record.

1.3 "Query Data" means the data that Customer sends to the API, including importer names, EORI and VAT numbers, shipment references and goods descriptions, and the results returned.

1.4 "Subscription Year" means each period starting on the Go-Live Date or on an anniversary of it and ending on the day before the next anniversary.

1.5 "Go-Live Date" means the date on which Customer signs the Go-Live confirmation under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right to call the API from its order system during the Term for its own platform and its sellers' shipments.

2.2 The Term is two Subscription Years from the Go-Live Date. The Agreement ends at the end of the Term unless the parties sign a renewal in writing.

2.3 Each Subscription Year includes 600,000 Checks. Checks above that number are charged at the overage rate in the Schedule. Unused Checks do not carry over to the next Subscription Year.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule and are fixed for the Term.

3.2 The onboarding fee is invoiced after the Go-Live Date. The platform fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year. Overage is invoiced quarterly in arrears.

3.3 Customer pays each invoice within 30 days by bank transfer. No payment is due before the Go-Live Date.

3.4 Each invoice shall show the number of Checks used in the period. Customer may query an invoice within 15 days; the undisputed part is paid on time.

4. ONBOARDING AND GO-LIVE

4.1 Vendor shall provide sandbox credentials within five business days after signature and production credentials, rate limits and field mappings for Customer's order system by 20 June 2026 (the "Go-Live Target").

4.2 Go-Live requires that: (a) Customer's test suite of 2,000 sample importers returns results matching the expected outcomes in at least 99% of cases, with every mismatch explained by a register change; (b) the API answers 95% of requests within 800 milliseconds during a two-hour load test at 50 requests per second from Customer's servers in Ningbo; (c) error codes are documented and mapped. Customer signs a Go-Live confirmation when these conditions are met. Production calls made before that confirmation are not acceptance.

4.3 If Vendor does not make the production API ready for Go-Live by the Go-Live Target for reasons within its control, Vendor shall pay Customer CNY 600 for each day of delay.

5. SERVICE AVAILABILITY AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and to correct errors. Vendor does not commit to any availability level, response time or resolution time.

5.2 Support is provided by e-mail during Vendor's business hours in Cyprus, Monday to Friday. Vendor will announce planned maintenance on its status page.

6. DATA PROTECTION AND SECURITY

6.1 Query Data belongs to Customer. Vendor may use Query Data only to perform the Checks requested by Customer and to keep billing records, and shall not use it to build or improve databases offered to others.

6.2 Vendor shall protect Query Data by TLS 1.2 or higher in transit and encryption at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least two Subscription Years, and delete Query Data 90 days after each Check, except billing records.

6.3 Customer shall send only the data needed for the Checks. Where Query Data includes personal information of sellers or importers, Vendor shall process it only on Customer's instructions and shall cooperate with Customer's obligations under the Personal Information Protection Law of the People's Republic of China, including the assessment for cross-border transfer.

6.4 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Query Data, take all steps to contain it, and indemnify Customer against losses, fines and claims caused by a breach of this clause 6.

7. INTELLECTUAL PROPERTY

7.1 The API, its software and Vendor's databases remain the property of Vendor or its licensors.

7.2 The field mappings, rule tables and integration code created for Customer's order system, whether by Customer or by Vendor during onboarding, belong to Customer, who may use and change them freely and use them with any other provider.

8. ACCURACY OF RESULTS

8.1 Results reflect the registers at the time of the Check. Vendor shall correct any result that is wrong because of its own processing error and re-run the affected Checks at no charge.

8.2 Vendor shall inform Customer at least 60 days in advance of any change to the API that is not backward compatible, and shall keep the previous version running for at least 90 days after the new version is released.

8.3 Vendor shall list the registers it uses for each country in the documentation and inform Customer when a register is added or removed.

CUSTOMER OBLIGATIONS

8.4 Customer shall keep its API keys secure, rotate them at least every six months and inform Vendor without delay if a key may have been disclosed. Customer is responsible for Checks made with its keys until it has informed Vendor.

8.5 Customer shall use the results only to decide whether a shipment may be booked on its platform and shall not resell results as a separate data product.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to two times the total fees payable for the Term as stated in the Schedule, excluding overage. This limit does not apply to breach of clause 6, fraud or wilful misconduct.

9.2 Neither party is liable for indirect loss or loss of profit.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the performance of the Checks or the hosting of Query Data without Customer's prior written consent. The hosting provider named in the Schedule is approved.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

11.2 Customer may also terminate if the API is unusable for more than five consecutive business days.

11.3 On termination Vendor shall refund any fees paid for Checks not yet provided and delete all Query Data, confirming deletion in writing.

11.4 For 30 days after termination Vendor shall, on request, continue to answer Checks at the same fee so that Customer can move to another provider without interrupting shipments.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

13. GENERAL

13.1 This Agreement contains the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices are sent by e-mail to the addresses below.

13.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics, or government action, provided it informs the other party promptly. An outage of a public register is not a failure of Vendor if Vendor reports it on its status page and returns an appropriate error code.

13.3 Neither party may assign this Agreement without the other party's written consent, except to a company of its own group that takes over the relevant business.

13.4 This Agreement is made in English in two originals, one for each party.

SCHEDULE - FEES, VOLUMES AND HOSTING

Platform fee (600,000 Checks included): CNY 186,000 per Subscription Year
Platform fee for two Subscription Years: CNY 372,000
Onboarding and integration support, one-time: CNY 36,000
Total fees for the Term: CNY 408,000
Overage above the included Checks: CNY 0.22 per Check
Hosting: Vendor's servers in a data centre in Frankfurt, Germany, operated by a hosting provider under a data processing agreement.

SIGNED for Customer: ______________________  Date: __________
SIGNED for Vendor:   ______________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
FILES = {
    "h368z01": ("h368z01_justice_bureau_community_corrections_platform", "pdf", "zh", Z01),
    "h368z02": ("h368z02_lime_kiln_calcination_control_retrofit", "docx", "zh", Z02),
    "h368z03": ("h368z03_hotpot_chain_ordering_supply_chain_saas", "txt", "zh", Z03),
    "h368z04": ("h368z04_city_management_digital_urban_om_service", "txt", "zh", Z04),
    "h368z05": ("h368z05_mahua_factory_mes_supplier_template", "md", "zh", Z05),
    "h368e01": ("h368e01_enamel_studio_firing_curve_licences_serbia", "pdf", "en", E01),
    "h368e02": ("h368e02_hot_spring_resort_booking_saas_order_form", "md", "en", E02),
    "h368e03": ("h368e03_soybean_farm_grain_bin_sensors", "docx", "en", E03),
    "h368e04": ("h368e04_denim_maker_managed_backup_service", "md", "en", E04),
    "h368e05": ("h368e05_cross_border_ior_check_api_subscription", "txt", "en", E05),
}

# ---------------------------------------------------------------------------------------------------------------
# Labels. Derived values are computed here from the figures in the texts (arithmetic repeated in NOTES.md).
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# sums of the price tables
assert 1180000 + 760000 + 148000 + 126000 + 36000 == 2250000                                   # z01
assert 450000 + 1012500 + 787500 == 2250000 and 2250000 * 0.20 == 450000                       # z01 20/45/35
assert 620000 + 284000 + 418000 + 336000 + 392000 + 310000 == 2360000                          # z02 subtotal
assert 2360000 + 356000 + 148000 + 36000 == 2900000                                            # z02 total
assert 580000 + 1305000 + 1015000 == 2900000                                                   # z02 20/45/35
assert 9800 * 40 == 392000 and (392000 + 86000) * 3 + 168000 == 1602000                        # z03
assert 486000 + 312000 + 264000 + 118000 == 1180000 and 295000 * 4 == 1180000                  # z04
assert 520000 + 460000 + 96000 + 24000 == 1100000 and 605000 + 495000 == 1100000               # z05 55/45
assert 8 * 46000 + 12 * 9500 + 58000 == 540000 and 540000 + 96000 + 24000 == 660000            # e01
assert 132000 + 297000 + 231000 == 660000 and round(540000 * 0.13) == 70200                    # e01
assert 168000 + 54000 + 18000 == 240000 and 240000 * 3 + 86000 == 806000                       # e02
assert 64 * 5800 + 64 * 2650 + 8 * 7400 + 32 * 6100 + 118000 == 913200                         # e03 subtotal
assert 913200 + 126400 + 18400 == 1058000 and 105800 + 581900 + 370300 == 1058000              # e03
assert round(913200 * 0.07) == 63924                                                           # e03 fee
assert 26500 * 36 == 954000 and 954000 + 48000 == 1002000                                      # e04
assert 186000 * 2 == 372000 and 372000 + 36000 == 408000                                       # e05


def tco(value, warranty_months, fee_per_year, horizon=5):
    """policy §4: horizon from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    years = max(0.0, horizon - warranty_months / 12)
    fees = years * fee_per_year
    return value + fees, fees, 100 * fees / (value + fees)


LABELS = {}
TCO = {}

# z01 compliant — 2,250,000; licence 1,180,000; fee 9 % = 106,200 fixed; warranty 36; LD 千分之一 = 0.1
TCO["h368z01"] = tco(2250000, 36, 106200)
LABELS["h368z01"] = dict(category="software", terms=terms(
    availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, prepayment_pct=20,
    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2250000), forum_outside=False)

# z02 — 2,900,000; base 2,360,000; 680,000 / yr fixed; warranty 18
TCO["h368z02"] = tco(2900000, 18, 680000)
LABELS["h368z02"] = dict(category="hardware", terms=terms(
    p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
    warranty_months=18, post_warranty_fee_pct=680000 / 2360000 * 100, termination_for_breach=False,
    contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2900000), forum_outside=False)

# z03 — SaaS 1,602,000; 99.5; P1 15 min; de-identified reuse; auto-renewal +8 %; cap 1.5倍; LD 万分之八
LABELS["h368z03"] = dict(category="cloud", terms=terms(
    availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
    liability_cap_pct=150, auto_renewal_price_increase=True),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1602000),
    forum_outside=False)

# z04 — O&M 1,180,000; 99.98; P1 30 min; LD 万分之二 (late hand-over); subcontract on written notice
LABELS["h368z04"] = dict(category="services", terms=terms(
    availability_pct=99.98, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, subcontract_without_consent=True),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1180000),
    forum_outside=False)

# z05 — supplier template 1,100,000
LABELS["h368z05"] = dict(category="software", terms=terms(
    p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02,
    liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
    warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=True,
    contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
               acceptance_deemed_on_delivery=True, contract_value=1100000), forum_outside=False)

# e01 — 660,000; licence 540,000; fee 13 % = 70,200 fixed; warranty 18; Sev 1 2 h no remedy; no LD; Serbia
TCO["h368e01"] = tco(660000, 18, 70200)
LABELS["h368e01"] = dict(category="software", terms=terms(
    p1_response_hours=2, sla_remedy=False, liability_cap_pct=150, prepayment_pct=20,
    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13, governing_law="Serbia",
    contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=660000), forum_outside=True)

# e02 — SaaS 806,000; 99.95; Sev 1 30 min; LD 800/day; cap CNY 200,000; no data-security clause
LABELS["h368e02"] = dict(category="cloud", terms=terms(
    availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=800 / 806000 * 100,
    liability_cap_pct=200000 / 806000 * 100),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=806000),
    forum_outside=False)

# e03 compliant — 1,058,000; base 913,200; fee 7 % = 63,924 fixed; warranty 24; Sev 1 1 h; LD 0.1; cap 200
TCO["h368e03"] = tco(1058000, 24, 63924)
LABELS["h368e03"] = dict(category="hardware", terms=terms(
    p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1058000), forum_outside=False)

# e04 single low — 1,002,000; portal 99.95; P1 15 min; LD 1,000/day; cap 150; Bosnia and Herzegovina law
LABELS["h368e04"] = dict(category="services", terms=terms(
    availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1000 / 1002000 * 100, liability_cap_pct=150,
    governing_law="Bosnia and Herzegovina"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1002000),
    forum_outside=True)

# e05 — API 408,000; no SLA; no confidentiality; LD 600/day; cap 2×
LABELS["h368e05"] = dict(category="cloud", terms=terms(
    sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=600 / 408000 * 100, liability_cap_pct=200),
    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=408000),
    forum_outside=False)

EXPECTED = {
    "h368z01": [],
    "h368z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"],
    "h368z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h368z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h368z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h368e01": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h368e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h368e03": [],
    "h368e04": ["CR-GOVERNING-LAW"],
    "h368e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
EXPECTED_RISK = {"h368z01": "low", "h368z02": "high", "h368z03": "medium", "h368z04": "medium", "h368z05": "high",
                 "h368e01": "high", "h368e02": "high", "h368e03": "low", "h368e04": "low", "h368e05": "high"}

# ---------------------------------------------------------------------------------------------------------------
# Rules of policy.md §3, applied to the labels (buyer's view)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def derive(key):
    lab = LABELS[key]
    t, x = lab["terms"], lab["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or lab["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    if goods and key in TCO and TCO[key][2] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def off(v, thr):
    return v is None or abs(v - thr) > 1e-6


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear in any text (raw, whitespace-collapsed, whitespace-removed)
CN = "一二三四五六七八九十"
BANNED = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![" + CN + "])"],
    "P1 response 4 h": [r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时",
                        r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)",
                        r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)\s*(?:%|per\s*cent|percent)", r"万分之五(?![十百千点\d])",
                      r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之百", r"hundred\s*per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![" + CN + "点])", r"三成",
                        r"\bthirty\s*(?:%|per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*months?\b", r"(?<![\d.])12\s*个月", r"(?<![" + CN + "])十二\s*个月",
                           r"\btwelve[\s-]*months?\b", r"\bone[\s-]*years?\b", r"\b1\s*-?\s*years?\b", r"一年",
                           r"(?<![\d.])1\s*年", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])",
                               r"\bfifteen\s*(?:%|per\s*cent|percent)"],
    "TCO share 40 %": [r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![" + CN + "点])", r"四成",
                       r"\bforty\s*(?:%|per\s*cent|percent)"],
    "horizon 5 years": [r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive[\s-]*years?\b", r"五年", r"(?<![\d.])5\s*年",
                        r"(?<![\d.])60\s*-?\s*months?\b", r"(?<![\d.])60\s*个月", r"六十个月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in BANNED.items()}


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                m = p.search(variant)
                if m:
                    found.append((name, m.group(0), variant[max(0, m.start() - 25):m.end() + 25]))
    return found


def self_test():
    must_hit = ["99.9%", "99.9 %", "九十九点九", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours",
                "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "30%",
                "30 per cent", "百分之三十", "三成", "12 months", "12-month", "12个月", "十二个月", "twelve months",
                "one year", "one-year", "1 year", "一年", "1年", "15%", "百分之十五", "40%", "百分之四十", "四成",
                "5 years", "5-year", "five years", "五年", "5年", "60 months", "60个月", "六十个月", "sixty months"]
    must_not = ["24小时", "二十四小时", "24 hours", "14小时", "十四小时", "99.95%", "99.98%", "99.5%", "115%", "0.15%",
                "130%", "140%", "0.055%", "1.5倍", "四十二个月", "二十二个月", "2025年", "2026年12月", "12,000个",
                "万分之五十", "百分之三十五", "Subscription Year", "36 months", "每年", "服务年度", "2015 years",
                "0.4 hours", "24 h", "12.5 months", "160%", "150%", "8小时", "千分之一", "万分之二", "万分之八"]
    for s in must_hit:
        assert any(p.search(s) for pats in COMPILED.values() for p in pats), "regex misses " + s
    for s in must_not:
        assert not hits(s), ("regex false hit", s, hits(s))
    print("regex self-test: %d must-hit and %d must-not-hit strings OK" % (len(must_hit), len(must_not)))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    problems = []
    for key, (stem, ext, lang, src) in FILES.items():
        text = read_back(OUT / (stem + "." + ext))
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s length %d outside %d-%d" % (key, size, lo, hi))
        for h in hits(text) + hits(src):
            problems.append("%s threshold figure %s: %r in %r" % (key, h[0], h[1], h[2]))
        lab = LABELS[key]
        t = lab["terms"]
        for name, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                          ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                          ("post_warranty_fee_pct", 15)):
            if not off(t[name], thr):
                problems.append("%s %s on threshold" % (key, name))
        if t["warranty_months"] == 60:
            problems.append("%s warranty on horizon" % key)
        if key in TCO and not off(TCO[key][2], 40):
            problems.append("%s TCO share on threshold" % key)
        rules = derive(key)
        if rules != sorted(EXPECTED[key]):
            problems.append("%s derived %s != expected %s" % (key, rules, EXPECTED[key]))
        if risk(rules) != EXPECTED_RISK[key]:
            problems.append("%s risk %s != %s" % (key, risk(rules), EXPECTED_RISK[key]))
        fired.update(rules)
        extra = dict(lab["extra"])
        if t["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
        label = {"file": stem + "." + ext, "language": lang, "category": lab["category"], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": sorted(EXPECTED[key])}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_s = ""
        if key in TCO:
            tco_s = "  TCO %.0f, post-warranty fees %.0f, share %.2f %%" % TCO[key]
        print("%s %-4s %-5s len %5d  risk %-6s rules %s%s" % (key, ext, lang, size, risk(rules),
                                                            ", ".join(r[3:] for r in rules) or "(none)", tco_s))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = {"compliant": sum(1 for k in EXPECTED if not EXPECTED[k]),
              "single low": sum(1 for k in EXPECTED if len(EXPECTED[k]) == 1 and EXPECTED[k][0] in LOW),
              "two or three": sum(1 for k in EXPECTED if 2 <= len(EXPECTED[k]) <= 3),
              "many (8+)": sum(1 for k in EXPECTED if len(EXPECTED[k]) >= 8)}
    print("mix:", counts, "| all 20 rules fire:", not missing)
    if counts != {"compliant": 2, "single low": 1, "two or three": 6, "many (8+)": 1}:
        problems.append("mix %s" % counts)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
