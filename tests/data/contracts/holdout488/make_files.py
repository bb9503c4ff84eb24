"""holdout488: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Writes the ten contract files (.txt/.md
directly, .docx/.pdf through ../word_pdf.py), the ten .json labels, then reads every built file back and checks:
text lengths, threshold figures (regexes self-tested first), price arithmetic, and the expected rules derived from the
labels by my own reading of policy.md section 3 against the design list, with full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 司法局 社区矫正管理平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条. Compliant.
# ---------------------------------------------------------------------------------------------------------------
H488Z01 = """T:社区矫正智慧管理平台采购合同
P:合同编号：LZSFJ-ZC-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临州市司法局    地址：临州市滨江路88号
P:乙方（供应商）：江苏安衡信息技术有限公司    地址：南京市雨花台区软件大道168号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件（项目编号LZCG-2026-0342）、乙方投标文件和中标通知书，甲乙双方就临州市社区矫正智慧管理平台项目（以下简称“本项目”）达成如下合同条款，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供社区矫正管理平台软件的永久使用许可，并完成与公安、法院、检察院的信息共享接口、区县两级工作驾驶舱等定制开发，负责部署实施、历史数据迁移和培训。
P:1.2 平台部署在甲方指定的政务云环境，覆盖市局、9个区县司法局及全部司法所。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|社区矫正管理平台软件许可（市级，永久）|1套|480,000
TB:2|矫正对象移动端APP许可|1套|156,000
TB:3|电子围栏定位模块许可|1套|184,000
TB:（一）|软件许可小计||820,000
TB:4|信息共享接口及区县驾驶舱定制开发|1项|546,000
TB:5|部署实施及历史数据迁移|1项|118,000
TB:6|培训|1项|26,000
TB:|合计||1,510,000
P:2.2 合同总价为固定价格，包括软件许可、开发、实施、差旅、税费等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥302,000，作为预付款。
P:3.2 平台上线并通过初验后15个工作日内，支付合同总价的45%，即¥679,500。
P:3.3 项目终验合格后15个工作日内，支付合同总价的35%，即¥528,500。
P:3.4 乙方每次收款前应开具合法有效的等额发票。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署、数据迁移和上线试运行，试运行期为60日。
P:4.2 乙方应按照甲方审定的实施方案组织实施，每周提交进度报告。
H:第五条 验收
P:5.1 初验标准：招标文件功能清单逐项通过测试；历史数据迁移逐条核对，迁移前后记录条数一致，差错记录逐条说明并经甲方确认；与公安、法院、检察院接口联调成功；500个并发用户下页面响应时间不超过3秒；第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行期间未发生一级故障，试运行报告、用户手册、源代码及全部技术文档已移交，甲方组织专家评审通过，并签署终验报告。
P:5.3 平台上线、甲方使用或支付款项均不视为验收合格，验收以甲方书面签署的验收报告为准。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软件许可小计的8%，即每个服务年度不超过¥65,600，该标准在质保期满后的前两个服务年度内不上调，维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台整体不可用或定位数据中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一版本中修复。
P:7.3 响应或恢复每超时1小时，甲方可扣减¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000，从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的矫正对象信息、定位轨迹、业务数据及日志均属于甲方，乙方仅为履行本合同之目的接触，不得复制、留存或用于其他用途。
P:8.2 乙方应落实等级保护第三级要求，运维通过甲方堡垒机进行并全程审计，人员须签署保密承诺书；测试数据由甲方脱敏后提供。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对在履行合同过程中知悉的甲方工作秘密、个人信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含接口程序、驾驶舱、源代码及文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:10.2 平台软件的原有知识产权仍归乙方，甲方依本合同享有永久使用许可。乙方保证所提供的软件不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定的，应在甲方规定期限内免费整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本项目转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 逾期超过30日的，甲方可直接解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:乙方应配备项目经理1名、开发工程师不少于6名、实施工程师不少于3名，项目经理须具有同类项目经验并常驻现场，未经甲方书面同意不得更换。乙方应为甲方市局及区县管理员、司法所工作人员提供不少于4期集中培训，并提供操作视频和在线帮助，确保工作人员能够独立使用平台开展调查评估、报到登记、日常监管、教育帮扶和解除矫正等业务。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方可根据影响程度协商延期履行或解除合同。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。合同履行中的变更须经双方协商一致并签订书面补充协议，且不得违反政府采购法律法规的规定，不得实质性变更合同的标的、价款和服务要求。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临州市司法局    乙方（盖章）：江苏安衡信息技术有限公司
P:代表签字：________    代表签字：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 化肥厂 造粒塔 控制系统改造 + 维保, DOCX with a Word price table, "1. / 1.1" numbering.
# Risky: post-warranty fee 18 % of the hardware/software subtotal; subcontracting on notice.
# ---------------------------------------------------------------------------------------------------------------
H488Z02 = """T:造粒塔控制系统改造及维保合同
P:合同编号：HF-SB-2026-0215
P:甲方：湖北丰源化肥股份有限公司（买方）    地址：湖北省宜昌市猇亭区化工园路6号
P:乙方：武汉中控智联自动化工程有限公司（卖方）    地址：武汉市东湖新技术开发区光谷大道77号
P:鉴于甲方尿素装置造粒塔原有控制系统已运行十六年有余，备件短缺、故障频发，甲方经邀请招标确定乙方承担改造工程。双方经协商一致，订立本合同。
H:1. 工程范围
P:1.1 乙方负责造粒塔控制系统的设计、供货、组态编程、安装调试和停车切换，包括冗余控制站、I/O模块及机柜、操作员站和工程师站、造粒喷头变频器、在线粒度分析仪及组态和先进控制软件。
P:1.2 切换工作须在甲方年度大修停车窗口内完成，停车窗口由甲方提前20日书面通知。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰贰拾贰万肆仟元整（¥2,224,000），含13%增值税及运输、保险、安装、调试费用。价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|冗余控制站（含控制器、电源、通讯卡）|2套|286,000|572,000
TB:2|I/O模块及机柜|1套|318,000|318,000
TB:3|操作员站及工程师站|5台|36,000|180,000
TB:4|造粒喷头变频器|8台|24,500|196,000
TB:5|在线粒度分析仪|1套|264,000|264,000
TB:6|组态软件及先进控制（APC）软件许可|1套|226,000|226,000
TB:|软硬件小计|||1,756,000
TB:7|设计及组态编程|1项|198,000|198,000
TB:8|安装调试及停车切换|1项|236,000|236,000
TB:9|操作及维护培训|1项|34,000|34,000
TB:|合同总价|||2,224,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥222,400）。
P:3.2 设备全部到货并经双方开箱清点签收后，支付合同总价的35%（¥778,400）。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，支付合同总价的50%（¥1,112,000）。
P:3.4 余款5%（¥111,200）作为质量保证金，质保期满且无未了质量问题后10个工作日内无息支付。
H:4. 交货与工期
P:4.1 乙方应在合同生效后75日内将全部设备运抵甲方现场，并在停车窗口内完成切换，开车后连续运行满30日。
P:4.2 乙方每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:5. 施工与分包
P:5.1 乙方应遵守甲方的安全生产管理制度，进入装置区的人员须经甲方安全培训并办理作业票。
P:5.2 乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应在进场前5个工作日书面告知甲方，并对分包单位的工作质量和安全承担责任。
H:6. 验收
P:6.1 验收标准：全部I/O点逐点校验正确；控制器冗余切换无扰动；粒度、喷头转速等回路投入自动运行，造粒合格率不低于改造前三个月的平均水平；先进控制投运率达到技术协议要求；连续运行30日未发生一级故障。
P:6.2 验收由甲方组织，双方签署最终验收证书。设备到货、安装完成或投入使用均不视为最终验收。
H:7. 质量保证
P:7.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件修复和技术支持。
P:7.2 故障分级：一级故障（造粒塔停车或控制站失效）30分钟内电话响应，3小时内到达现场，8小时内恢复运行；二级故障2小时内响应，24小时内处理完毕。
P:7.3 乙方响应或到场每超时1小时，向甲方支付¥1,500；因乙方原因造成非计划停车的，另行赔偿甲方直接损失。
H:8. 维保服务
P:8.1 质保期满后，乙方提供年度维保服务（含备件更换、定期巡检、软件升级和7×24小时技术支持）。
P:8.2 年度维保费按软硬件小计的18%计取，即每个服务年度¥316,080，质保期满后三个服务年度内保持不变，按服务年度在年末考核后支付。
P:8.3 维保服务期满后是否续签由甲方决定，不自动续期。
H:9. 知识产权
P:9.1 为本项目编制的组态程序、控制逻辑、先进控制模型参数、图纸及技术文档，其知识产权归甲方所有，乙方应交付全部工程文件，甲方有权自行修改和使用。
P:9.2 组态软件和先进控制软件的原有知识产权归其权利人所有，甲方享有永久使用许可。
H:10. 数据安全
P:10.1 控制系统产生的生产工艺数据、配方参数和运行记录均属于甲方，乙方不得复制、带离或用于本合同以外的目的。
P:10.2 乙方远程维护须经甲方逐次审批，经工业防火墙和堡垒机接入并全程录屏；乙方应配合甲方落实工控安全防护要求。
P:10.3 发生数据泄露或网络安全事件的，乙方应在1小时内通知甲方；因乙方原因造成的，由乙方承担全部责任。
H:11. 保密
P:双方对履行本合同过程中知悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内继续有效。
H:12. 责任限制
P:乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失、人身伤亡及违反第10条、第11条的责任不受此限。
H:13. 合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，或逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:14. 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宜昌仲裁委员会仲裁。
H:15. 安全与环保
P:15.1 乙方在装置区作业期间应遵守动火、登高、临时用电等作业许可制度，发生安全事故的，由乙方承担相应责任。乙方施工产生的废旧电缆、包装物应分类收集，按甲方要求运至指定地点。
P:15.2 切换前乙方应编制详细的切换方案和回退方案，经甲方生产、设备、安全部门会签后实施；切换期间乙方技术负责人必须在现场值守，开车后连续跟班不少于7日，协助甲方处理开车初期出现的问题。
H:16. 培训与文档
P:乙方应为甲方仪表、工艺和操作人员提供理论及上机培训，培训不少于三期；交付资料包括系统配置图、I/O清单、回路图、组态备份、操作手册、维护手册及备品备件清单，纸质版一式三份并附电子版。
H:17. 不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:18. 其他
P:本合同附件包括技术协议、设备清单和验收大纲，与本合同具有同等效力；附件与正文不一致的，以正文为准。本合同未尽事宜，双方另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖北丰源化肥股份有限公司    乙方（盖章）：武汉中控智联自动化工程有限公司
P:授权代表：________    授权代表：________    日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 眼科诊所连锁 (8 clinics) 预约及随访 SaaS + 实施, TXT, 一、/（一）.
# Risky: no data-security clause (ownership sentence only); implementation fee + first 服务年度 fee before start;
# availability 99.5 %.
# ---------------------------------------------------------------------------------------------------------------
H488Z03 = """眼科连锁诊所预约及随访管理云服务合同

合同编号：MY-IT-2026-031

甲方：成都明眸眼科诊所管理有限公司（含下属8家诊所）
地址：成都市武侯区科华北路52号

乙方：四川云医帮信息科技有限公司
地址：成都市高新区天府三街199号

甲方为统一管理下属8家眼科诊所的预约挂号、检查排期、术后随访和患者提醒工作，拟采用乙方的“云医帮”预约及随访管理云服务（以下简称“云服务”）。双方经友好协商，就云服务订阅及实施事宜订立本合同。

一、服务内容
（一）乙方向甲方及下属8家诊所提供云服务的使用权，包括线上预约、号源管理、检查排期、术后随访计划、短信及微信提醒、满意度回访和经营报表功能。
（二）乙方负责实施工作：诊所及医生信息配置、随访模板配置、与甲方现有HIS系统的预约接口对接、历史预约及随访记录导入、管理员和前台人员培训。
（三）服务期为三个服务年度，第一个服务年度自云服务上线之日起算，每个服务年度届满之日为下一服务年度的起算日。

二、费用
（一）费用明细：
  1. 云服务订阅费：每家诊所每个服务年度27,000元，8家诊所每个服务年度合计216,000元，三个服务年度合计648,000元；
  2. 实施费：86,000元（一次性）；
  3. 合同总价：734,000元（含6%增值税）。
（二）短信按实际发送量另行结算，单价0.045元/条，不计入合同总价。
（三）服务期内订阅费单价不作调整。

三、付款
（一）本合同签订后10个工作日内，甲方向乙方一次性支付实施费86,000元及第一个服务年度订阅费216,000元，合计302,000元。
（二）第二、第三个服务年度的订阅费，分别于该服务年度开始前10个工作日内支付。
（三）乙方应在每次收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在收到首笔款项后45日内完成实施并上线运行。
（二）乙方应在实施开始前提交实施计划，列明各诊所的开通顺序、数据导入安排和培训计划，经甲方确认后执行。
（三）上线验收标准：8家诊所全部开通；线上预约、号源、排期、随访和提醒功能按功能确认单逐项测试通过；HIS预约接口连续10日数据核对无差异；历史记录导入核对无遗漏；完成全部人员培训。
（四）验收由甲方组织，双方签署上线验收单。系统开通或甲方试用不视为验收合格。
（五）乙方逾期上线的，每逾期一日向甲方支付违约金500元。

五、服务水平
（一）云服务月可用率不低于99.5%，计划内维护应安排在夜间23:00至次日6:00，并提前48小时通知甲方。
（二）故障分级：一级故障（全部诊所无法预约或无法登录）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级故障3个工作日内解决。
（三）月可用率低于约定值的，按以下标准抵扣当月订阅费：低于99.5%但不低于99.0%的，抵扣5%；低于99.0%的，抵扣10%。一级故障未按时恢复的，每超时1小时再抵扣当月订阅费的2%。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括月可用率、故障清单及处理情况、各诊所预约量和随访完成率统计。
（五）可用率以乙方监控系统记录为准，甲方有异议的，双方共同核查。

六、患者数据
患者信息、预约记录、随访记录及甲方录入云服务的其他数据归甲方所有，乙方仅为提供本合同约定的云服务之目的使用，不得出售或提供给第三方。服务期满或合同解除后30日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方。

七、保密
（一）乙方对在履行合同中知悉的甲方经营信息、价格信息和患者信息负有保密义务，不得向任何第三方披露。
（二）保密义务在合同终止后三年内继续有效。

八、知识产权
（一）云服务平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方专门配置或开发的随访模板、接口程序和定制报表，其知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

九、转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十、续订
服务期满前60日，双方可协商续订事宜；未另行签订书面合同的，本合同于服务期满时终止，不自动续期。

十一、违约与解除
（一）乙方违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期的订阅费并赔偿甲方损失。
（二）连续两个月月可用率低于99.0%的，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、双方职责
（一）甲方应指定项目联系人，按时提供诊所、医生、号源、检查项目和随访规则等基础资料，并协调HIS厂商配合接口对接。
（二）乙方应指定项目经理和客户成功经理，实施期间每周提交进度报告，上线后每季度对甲方使用情况进行回访，提出优化建议。
（三）乙方应为甲方提供7×24小时服务热线和在线工单系统，工作日8:00—22:00提供人工客服。
（四）乙方对云服务的版本升级应提前5个工作日通知甲方，重大功能变更应经甲方确认，不得影响甲方正常业务。
（五）甲方应妥善保管各诊所的登录账号和密码，离职人员账号应及时停用；因甲方账号管理不善造成的误操作，由甲方自行负责。
（六）乙方应按甲方要求配置短信和微信提醒的内容模板，提醒内容须经甲方审核，不得含有与甲方诊疗服务无关的广告信息。

十四、培训与资料
（一）上线前，乙方应为各诊所前台、护士和医生分别开展操作培训，并为甲方管理员开展系统管理培训，培训后进行考核。
（二）乙方应提供用户手册、管理员手册、随访模板说明和常见问题解答，并在版本升级后及时更新。
（三）服务期内新开设诊所接入的，按每家诊所每个服务年度27,000元的单价按月折算计费，另行签订补充协议。

十五、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。不可抗力持续超过60日的，任何一方可书面通知解除合同，乙方应退还未履行服务期的订阅费。

十六、通知
本合同项下的通知应以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱，发出后第二个工作日视为送达。一方联系方式变更的，应在3日内书面通知对方。

十七、其他
（一）本合同附件为功能确认单和实施计划。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：成都明眸眼科诊所管理有限公司
授权代表：__________
日期：2026年  月  日

乙方（盖章）：四川云医帮信息科技有限公司
授权代表：__________
日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 体育局 场馆预订系统 年度运维, 竞争性磋商, TXT, （1） numbering.
# Risky: LD 万分之三 per day; no termination for breach.
# ---------------------------------------------------------------------------------------------------------------
H488Z04 = """湖阳市体育局公共体育场馆预订系统运维服务合同

项目编号：HYCG-2026-FW-0088（竞争性磋商）
合同编号：HYTY-YW-2026-03

采购人（甲方）：湖阳市体育局
地址：湖阳市文体路20号

供应商（乙方）：湖阳数智通信息服务有限公司
地址：湖阳市经开区创业大道15号

根据湖阳市体育局公共体育场馆预订系统运维服务项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

（1）服务范围
乙方对甲方“湖阳体育”场馆预订系统（含管理后台、微信小程序、自助闸机接口、线上支付接口，覆盖市体育中心、游泳馆、全民健身中心等6处场馆）提供运维服务，包括：驻场运维、远程技术支持及故障处理、系统巡检及安全加固、小程序及支付接口适配、配合等级保护测评和数据备份恢复演练。

（2）服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满，本合同终止，甲方将依法重新组织采购。

（3）服务费用
本合同总价为人民币叁拾陆万捌仟元整（¥368,000），含税，为固定总价，明细如下：
  驻场运维服务（1人，工作日8:30—17:30）：216,000元
  远程技术支持及故障处理：62,000元
  系统巡检及安全加固：48,000元
  小程序及支付接口适配：42,000元
  合计：368,000元

（4）付款方式
服务费按季度支付。每季度结束后，甲方对该季度服务进行考核，考核结果确定后15个工作日内，甲方按考核结果支付该季度服务费92,000元（扣除考核扣款）。甲方不支付预付款。

（5）服务启动与交接
乙方应在服务期开始前完成与原运维单位的交接，包括账号权限、运维文档、备份介质和待办问题清单，并于2026年4月10日前提交运维服务方案和交接报告，经甲方书面确认。

（6）服务水平
6.1 系统月可用率不低于99.95%（经甲方批准的计划内维护除外）。
6.2 故障分级处理：一级故障（全部场馆无法预订、无法支付或无法入场）15分钟内响应，2小时内恢复；二级故障（单一场馆或单项功能异常）30分钟内响应，8小时内解决；三级故障（一般咨询和优化需求）1个工作日内答复。
6.3 乙方每月进行一次全面巡检，每季度进行一次数据备份恢复演练，并在5个工作日内提交报告。
6.4 节假日及大型赛事期间，乙方应安排专人现场保障。
6.5 乙方应每月5日前提交上月运维服务报告，内容包括系统运行情况、月可用率、故障及处理记录、巡检发现的问题和整改建议、预订及支付数据统计。
6.6 乙方发现系统存在安全漏洞或重大隐患的，应在24小时内书面报告甲方，并提出加固方案，经甲方同意后实施。

（7）考核与扣款
7.1 甲方按季度对乙方服务进行考核，考核细则见附件。
7.2 一级故障每超时1小时扣款1,000元；二级故障每超时1小时扣款300元；月可用率每低于约定值0.01个百分点扣款1,500元。扣款从当季服务费中扣除。

（8）验收
每季度服务报告及巡检报告经甲方审核确认后，作为该季度服务的验收依据；服务期满时，乙方提交年度运维总结报告及全部运维文档，经甲方书面确认后完成项目验收。

（9）数据安全
9.1 系统中的场馆预订数据、用户个人信息、支付记录及日志均属于甲方，乙方仅为履行本合同之目的使用，不得复制、留存或向任何第三方提供。
9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，运维操作通过甲方堡垒机进行，账号实名、最小授权，离场时注销全部权限。
9.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

（10）保密
乙方及其人员对在服务中知悉的甲方工作信息和用户信息负有保密义务，服务期满或合同终止后仍须遵守。

（11）知识产权
运维期间乙方为甲方编写的脚本、适配程序、运维文档和报告，其知识产权归甲方所有，甲方可自由使用和修改。

（12）分包
乙方不得将本合同服务转包或分包。

（13）违约责任
13.1 乙方未按第（5）条约定期限完成交接或提交运维服务方案的，或未按第6.3项按时提交巡检、演练报告的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
13.2 乙方服务不符合合同约定的，甲方可按第（7）条扣款，并要求乙方限期整改。
13.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

（14）合同的履行与解除
服务期内，除不可抗力导致合同目的无法实现外，任何一方不得单方解除本合同。乙方违约的，甲方可依照第（7）条、第（13）条扣款或要求支付违约金，并要求乙方继续履行；甲方不得以此为由解除合同。

（15）争议解决
因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（16）人员要求
乙方应指派驻场运维工程师1名，具备计算机相关专业背景及两年以上同类系统运维经验，熟悉Linux、MySQL及微信小程序开发。驻场人员名单、资质证明应在服务期开始前报甲方备案，未经甲方同意不得更换；确需更换的，应提前10个工作日书面申请，接替人员的资质不得低于原人员，并完成不少于5个工作日的交接。驻场人员应遵守甲方的考勤、保密和安全管理制度。

（17）重大活动保障
全民健身日、市运会及其他经甲方通知的大型活动期间，乙方应提前制定保障方案，安排技术人员现场值守，并在活动前完成系统压力测试和应急演练，压力测试报告应报甲方确认。

（18）运维文档与交接
乙方应建立运维台账，如实记录故障处理、变更、巡检和备份情况，每月随服务报告一并提交。服务期满或合同终止时，乙方应向甲方或甲方指定的新运维单位完整移交账号权限、运维文档、脚本和备份介质，并提供不少于10个工作日的交接支持，交接期间不得删除或修改系统数据。

（19）不可抗力
因不可抗力致使服务中断的，乙方应及时通知甲方并尽力恢复，并在5日内提供有关证明，相应期间不计入考核。不可抗力事件消除后，乙方应立即恢复正常服务，并对系统和数据进行全面检查，向甲方提交书面报告。

（20）廉洁要求
乙方及其人员不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益，不得借运维之便为他人预订场馆提供便利或优先安排；发现上述行为的，甲方有权要求更换人员，并依法处理。

（21）其他
21.1 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。
21.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：湖阳市体育局          乙方（盖章）：湖阳数智通信息服务有限公司
代表签字：__________                代表签字：__________
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 醋厂 酿造车间 生产执行 (MES) 软件许可 + 定制开发, supplier's template, MD, "## 第X条", markdown price table.
# Many problems.
# ---------------------------------------------------------------------------------------------------------------
H488Z05 = """# 软件许可及技术服务合同

**（晋智工软标准合同文本 V4.0）**

合同编号：JZGR-2026-MES-046

**甲方（买方）**：山西清徐老陈醋酿造有限公司
地址：山西省太原市清徐县美锦南街10号

**乙方（卖方）**：山西晋智工业软件有限公司
地址：太原市小店区长治路227号

甲方拟在酿造车间建设生产执行系统（以下简称“晋智MES”或“系统”），覆盖原料投料、制醅、翻醅、熏醅、淋醋、陈酿及灌装前质量检验全过程。乙方同意按本合同约定向甲方提供软件许可及定制开发服务。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供晋智MES基础平台、酿造工艺模块及质量追溯模块的永久使用许可（限甲方清徐厂区使用）。

1.2 乙方按甲方需求开发ERP接口、地磅称重接口、发酵温控接口及车间电子看板（以下简称“定制开发成果”），并负责部署实施。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 晋智MES基础平台许可 | 520,000 |
| 2 | 酿造工艺模块许可（制醅、翻醅、淋醋、陈酿） | 260,000 |
| 3 | 质量追溯模块许可 | 140,000 |
|  | 软件许可费小计 | 920,000 |
| 4 | 定制开发（ERP、称重、温控接口及电子看板） | 286,000 |
| 5 | 部署实施 | 64,000 |
|  | 合同总价（含税） | 1,270,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即635,000元，作为预付款。

3.2 系统上线运行后10个工作日内，甲方支付合同总价剩余的50%，即635,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方应在收到预付款后120日内完成系统部署并上线运行。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未及时提供场地、网络、基础数据或接口资料造成延期的，交付期限相应顺延。

## 第五条 验收

系统部署完成并上线运行后，即视为甲方验收合格。甲方在上线后使用系统的，不得再以系统不符合要求为由拒绝付款。

## 第六条 技术支持

6.1 系统上线之日起六个月为免费维护期，乙方在免费维护期内通过电话、远程方式提供技术支持，并尽合理努力及时处理甲方反映的问题。

6.2 免费维护期内的现场服务，乙方按每人每日2,800元另行收费。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费小计的26%，即每个服务年度239,200元，于每个服务年度开始前一次性支付。

7.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

## 第八条 知识产权

8.1 晋智MES软件及其全部模块的知识产权归乙方所有。

8.2 定制开发成果（包括接口程序、电子看板、工艺参数模型、源代码及相关文档）的知识产权归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 系统中的生产数据归甲方所有。

9.2 甲方同意，乙方可将系统运行中产生的生产工艺数据、发酵曲线及质量检测数据进行脱敏处理后，用于乙方产品改进、酿造行业工艺模型训练及行业分析报告。

9.3 乙方应采取访问控制、数据加密和操作日志审计等安全措施保护甲方数据；乙方远程访问须经甲方授权。发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并对因其过错造成的数据泄露承担赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，保密期限为合同终止后三年。

## 第十一条 违约责任及责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担甲方的停产损失、利润损失等间接损失。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

1. 甲方应按乙方要求提供服务器、操作系统、数据库、网络环境及车间现场条件，并指定项目负责人配合实施。

2. 甲方应提供物料编码、配方、工艺路线、质量标准等基础数据，并对数据的准确性负责。因基础数据错误导致系统运行异常的，由甲方自行承担责任。

3. 甲方应安排关键用户参加乙方组织的培训，并按乙方的操作规范使用系统。

## 第十五条 实施服务

1. 乙方实施人员在甲方现场工作期间，甲方应提供必要的办公条件和食宿便利。

2. 乙方对系统功能的理解以双方确认的需求说明书为准。需求说明书确认后，甲方提出的新增或变更需求，乙方按每人每日2,800元另行收费，工期相应顺延。

3. 乙方提供用户操作手册和系统管理员手册各一份（电子版）。

4. 乙方实施人员应遵守甲方厂区的食品安全、卫生和安全生产管理规定，进入酿造车间须穿戴工作服并经甲方许可。

5. 系统上线前，乙方应对甲方关键用户进行不少于3日的集中培训。

## 第十六条 不可抗力

因不可抗力导致任何一方不能履行合同的，不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十七条 通知

双方往来通知以书面形式送达本合同所列地址，或以电子邮件发送至双方授权代表的邮箱，发出之日视为送达。一方地址或邮箱变更的，应及时书面通知另一方，未及时通知的，按原地址或邮箱发送的通知视为已送达。

乙方提供的报价单、方案书、宣传资料等仅供参考，不构成本合同的组成部分，除非双方在本合同中明确约定。

## 第十八条 合同生效

本合同经双方授权代表签字并加盖公章或合同专用章后生效。本合同附件包括需求说明书和实施计划，附件与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。

## 第十九条 其他

19.1 本合同未尽事宜，双方可另行签订补充协议。

19.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：山西清徐老陈醋酿造有限公司　　授权代表：__________

乙方（盖章）：山西晋智工业软件有限公司　　授权代表：__________

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Manitoba vendor, perpetual licences + services, PDF, "Article N". Only finding: Manitoba law (foreign law).
# ---------------------------------------------------------------------------------------------------------------
H488E01 = """T:Software Licence and Services Agreement
P:Agreement No. ASM-CN-2026-009
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Assiniboine Maintenance Systems Ltd., a corporation organised under the laws of Manitoba, Canada, with its office at 1120 Rosser Avenue, Brandon, Manitoba R7A 0L6 (the "Vendor"); and
P:(2) Hebei Qingyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 66 Dongfeng Road, Baoding, Hebei Province (the "Customer").
P:Background: The Customer operates three milk processing plants and wishes to replace its paper-based equipment maintenance process with the Vendor's AMS Asset Maintenance Suite. The Vendor has agreed to grant perpetual licences and to configure, integrate and implement the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the AMS Asset Maintenance Suite, version 9, including the Mobile Technician application and the Reliability Analytics module, in object code.
P:1.2 "Custom Deliverables" means the ERP integration adapter, the plant-specific work order templates, the maintenance reports and dashboards, the data migration scripts and all documentation prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three plants record work orders in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written signature of the Final Acceptance Certificate under Article 5.
P:1.5 "Support Year" means each consecutive period beginning on the day after the warranty period ends, or on an anniversary of that day.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's own data centre in Baoding for the internal business of the Customer and its plants, within the quantities set out in Article 3.
P:2.2 The Customer may make reasonable backup copies and may allow its contractors to use the Software on the Customer's behalf.
P:2.3 The Software and all intellectual property in it remain with the Vendor and its licensors.
H:Article 3 Prices
P:3.1 At the Customer's request, all prices are stated and invoiced in Chinese yuan (CNY) and include applicable taxes.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:AMS named-user licence (perpetual)|60|9,800|588,000
TB:Mobile Technician licence (perpetual)|40|4,200|168,000
TB:Reliability Analytics module (site licence)|1|142,000|142,000
TB:Licence Subtotal|||898,000
TB:Configuration and data migration|1|264,000|264,000
TB:ERP integration adapter|1|118,000|118,000
TB:Training (administrators and technicians)|1|36,000|36,000
TB:Contract Price|||1,316,000
P:3.2 The Contract Price is fixed. Travel and living expenses of Vendor staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 263,200) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in mainland China; (b) 45% (CNY 592,200) within 20 days after Go-Live; and (c) 35% (CNY 460,600) within 20 days after Final Acceptance.
P:4.2 Payments are made by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 100 days after signature, in accordance with the implementation plan in Annex 1.
P:5.2 Final Acceptance testing starts 30 days after Go-Live. The criteria are: (a) every function in the requirement list in Annex 2 passes its test script; (b) migrated equipment records, spare parts and maintenance histories reconcile with the source registers without unexplained difference; (c) the ERP adapter transfers work order costs and spare-part issues for 20 consecutive working days without error; (d) the Mobile Technician application works offline and synchronises within 5 minutes of reconnection; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 days, or give written reasons for refusal. Go-Live, use of the Software in production or any payment does not constitute Final Acceptance.
P:5.4 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of CNY 1,000 for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and provide support free of charge.
P:6.2 Severity levels and response times: Severity 1 (the Software is unavailable at any plant, or work orders cannot be created) initial response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired) initial response within 2 hours and a fix within 3 business days; Severity 3 (other defects) response within 1 business day and correction in the next release.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,200, deducted from the next payment or the annual support fee.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may buy annual support, which includes new releases, defect correction and the service levels of Article 6.2.
P:7.2 The annual support fee is 13% of the Licence Subtotal, that is CNY 116,740 per Support Year. This fee is fixed for the first three Support Years. Thereafter any increase must be agreed in writing and shall not exceed 3% per Support Year.
P:7.3 Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 8 Customer Data
P:8.1 All data entered into or generated by the Software, including equipment records, maintenance histories and personnel data, belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy it outside the Customer's systems.
P:8.2 The Software runs in the Customer's data centre. Remote access by the Vendor is permitted only through the Customer's VPN with multi-factor authentication, for each session approved in advance by the Customer, and is logged. Test data shall be anonymised by the Customer before it is given to the Vendor.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing this Agreement. It shall notify the Customer of any security incident affecting Customer data within 24 hours after becoming aware of it, cooperate in remedying it, and indemnify the Customer against all losses caused by its breach of this Article 8.
H:Article 9 Intellectual Property in Custom Deliverables
P:9.1 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:9.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall defend and indemnify the Customer against any such claim.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This Article survives for three years after the end of this Agreement.
H:Article 11 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 8, Article 10 or the indemnity in Article 9.2.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay under Article 5.4 exceeds 60 days.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for services not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of Manitoba and the federal laws of Canada applicable in it.
P:14.2 Any dispute shall first be discussed by senior managers of both parties for 30 days. If it is not resolved, it shall be submitted to the courts of Manitoba sitting in Winnipeg, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Implementation Plan) and Annex 2 (Requirement List), is the entire agreement of the parties. It is signed in English and Chinese; both versions have equal force.
P:15.2 Notices shall be in writing and sent to the addresses above.
P:15.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate the part of this Agreement not yet performed.
P:15.4 Neither party may assign this Agreement without the other party's prior written consent.
P:For the Customer: Hebei Qingyuan Dairy Co., Ltd.    Name: ____________    Title: ____________    Date: ________
P:For the Vendor: Assiniboine Maintenance Systems Ltd.    Name: ____________    Title: ____________    Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Nova Scotia vendor, SaaS Order Form + General Terms, MD, "Section N.N".
# Risky: auto-renewal with a fee increase; availability 99.5 %; sub-processors on notice.
# ---------------------------------------------------------------------------------------------------------------
H488E02 = """# ORDER FORM — Harbourline Dispatch Cloud

**Order Form No.** HL-OF-2026-0412

| | Vendor | Customer |
|---|---|---|
| Name | Harbourline Software Inc. | Foshan Jiahe Home Furnishings Co., Ltd. |
| Address | 18 Prince Street, Truro, Nova Scotia B2N 1E3, Canada | 209 Jihua Road, Chancheng District, Foshan, Guangdong, PRC |
| Contact | Account Director, Asia | Head of Delivery Operations |

This Order Form is entered into under, and incorporates, the Harbourline General Terms set out below (the "General Terms"). Together they form the "Agreement". If this Order Form conflicts with the General Terms, this Order Form prevails.

## Section 1 Services ordered

1.1 **Service.** Harbourline Dispatch Cloud, a hosted application for planning home deliveries and furniture installations, including route planning, crew scheduling, customer appointment messages, photo proof of installation and management reports.

1.2 **Scope.** 14 regional warehouses, 120 dispatcher and installer user accounts, unlimited customer appointment messages sent through WeChat.

1.3 **Onboarding.** Configuration of warehouses, crews and service areas; integration with the Customer's order management system; import of open orders; training of dispatchers and team leaders.

## Section 2 Term

2.1 The Initial Term starts on the Subscription Start Date, which is the day after Go-Live Acceptance under Section 4.2, and consists of two Subscription Years. Each "Subscription Year" is a period beginning on the Subscription Start Date or on its anniversary.

2.2 **Renewal.** At the end of the Initial Term, the Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current period. Harbourline may increase the subscription fee for any renewal period by up to 8% over the fee of the preceding period by giving the Customer notice at least 60 days before the renewal date.

## Section 3 Fees

3.1 At the Customer's request, all fees are stated and invoiced in CNY and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 120 users, 14 warehouses | 284,000 |
| Subscription fee, Subscription Year 2 | 120 users, 14 warehouses | 284,000 |
| Onboarding (one-time) | fixed price | 46,000 |
| **Total for the Initial Term** | | **614,000** |

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 71,000, each at the start of the quarter concerned. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date.

3.3 Additional user accounts may be added at CNY 2,400 per user per Subscription Year, prorated. They are outside the Total for the Initial Term.

3.4 Invoices are payable within 30 days after receipt by bank transfer.

## Section 4 Onboarding and acceptance

4.1 Harbourline shall complete onboarding within 60 days after signature of this Order Form.

4.2 **Go-Live Acceptance.** The Customer will test the configured Service against the acceptance scripts agreed in the onboarding plan, including: (a) orders from the order management system appear in the Service within 5 minutes; (b) routes and crew schedules are generated for all 14 warehouses; (c) appointment messages reach customers and replies update the schedule; (d) photos and signatures are returned to the order management system; and (e) reports match a sample of 200 orders. When all scripts pass, the Customer signs a Go-Live Acceptance certificate. Use of the Service for live orders before that signature is not acceptance.

4.3 If onboarding is not completed by the date in Section 4.1 for reasons attributable to Harbourline, Harbourline shall pay CNY 500 for each day of delay, up to CNY 30,000.

Signed for Harbourline Software Inc.: ____________ Date: ________

Signed for Foshan Jiahe Home Furnishings Co., Ltd.: ____________ Date: ________

---

# HARBOURLINE GENERAL TERMS

## Section 5 Service levels

5.1 **Availability.** Harbourline will make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 23:00 and 05:00 Beijing time.

5.2 **Support.** Priority 1 incidents (the Service is unavailable, or dispatchers cannot create or change schedules) receive a response within 1 hour and continuous work until restored; Priority 2 incidents within 3 hours; Priority 3 within 2 business days. Support is provided in Chinese and English by telephone, e-mail and the support portal, 24 hours a day for Priority 1.

5.3 **Service credits.** If monthly availability falls below the commitment in Section 5.1, the Customer receives a credit against the next invoice of 5% of the monthly subscription fee for each 0.5 percentage point (or part) below the commitment, up to half of that monthly fee.

## Section 6 Customer Data and security

6.1 All data the Customer or its users enter into the Service, and all outputs generated from it, are "Customer Data" and belong to the Customer. Harbourline processes Customer Data only to provide the Service to the Customer.

6.2 The Service is hosted in a cloud data centre located in mainland China, operated under a level 3 record of the Multi-Level Protection Scheme. Harbourline encrypts Customer Data in transit and at rest, restricts access to named support staff with multi-factor authentication and keeps access logs for 180 days.

6.3 Harbourline shall notify the Customer of any breach of security affecting Customer Data within 48 hours, take all reasonable steps to contain it and bear the costs and losses resulting from a breach caused by its failure to comply with this Section 6.

6.4 Within 30 days after the end of the Agreement Harbourline shall return Customer Data in CSV format and then delete it.

## Section 7 Subcontractors and sub-processors

7.1 Harbourline may use subcontractors and sub-processors, including its hosting provider and messaging gateway, to provide the Service. Harbourline will inform the Customer by e-mail of any new subcontractor or sub-processor at least 30 days before it begins to process Customer Data. Harbourline remains responsible for their performance.

## Section 8 Intellectual property

8.1 The Service and its software remain the property of Harbourline. Customer configurations, service-area maps, templates and reports created for the Customer during onboarding belong to the Customer, which may use, modify and give them to any third party.

## Section 9 Confidentiality

9.1 Each party shall protect the other's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties, during the Agreement and for three years after it ends.

## Section 10 Liability

10.1 Each party's total liability under the Agreement is limited to 150% of the total fees payable for the Initial Term. The limit does not apply to breach of Section 6 or Section 9, wilful misconduct or personal injury.

## Section 11 Termination

11.1 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice. On termination by the Customer for Harbourline's breach, Harbourline refunds prepaid fees for the unused period.

## Section 12 Governing law and disputes

12.1 The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13 Customer responsibilities

13.1 The Customer is responsible for the accuracy of the orders, addresses and customer contact details it loads into the Service, for managing its user accounts and passwords, and for obtaining any consent its own customers must give before they receive appointment messages.

13.2 The Customer shall not use the Service to send advertising or other messages unrelated to its deliveries and installations, and shall not attempt to probe, scan or overload the Service.

13.3 The Customer shall name a project lead for onboarding who can take decisions on configuration within five business days of a request.

## Section 14 Changes to the Service

14.1 Harbourline may improve the Service from time to time. It shall not remove a function the Customer uses in production, or reduce the security measures in Section 6, during the Initial Term.

14.2 Harbourline shall give the Customer at least 14 days' notice of any change to the user interface or to the integration interface that requires action by the Customer, and shall keep the previous version of the integration interface available for at least 90 days after such a change.

## Section 15 Force majeure

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Harbourline's own subcontractors are not force majeure unless they are caused by such an event.

15.2 If a force majeure event prevents the Service for more than 30 consecutive days, either party may terminate the Agreement by written notice, and Harbourline refunds any fees paid for the period after termination.

## Section 16 General

16.1 Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business that accepts all its obligations.

16.2 Notices must be in writing and sent to the contacts named in this Order Form, by courier or e-mail with confirmation of receipt.

16.3 The Agreement is the entire agreement of the parties on its subject and replaces all earlier proposals. Purchase order terms printed by the Customer do not apply. Amendments must be in writing and signed by both parties.

16.4 The Agreement is made in English and Chinese. Both versions have equal force.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Montana vendor, sensors for a cold-chain site, buyer's paper, DOCX with a Word price table, numbered clauses.
# Compliant.
# ---------------------------------------------------------------------------------------------------------------
H488E03 = """T:Supply Contract for Cold Store Monitoring Sensors
P:Contract No. LHCC-EQ-2026-022
P:Buyer: Linyi Hengtong Cold Chain Logistics Park Co., Ltd., 8 Tongda Road, Lanshan District, Linyi, Shandong Province, PRC (the "Buyer").
P:Supplier: Gallatin Sensing Instruments LLC, 401 East Babcock Street, Bozeman, Montana 59715, USA (the "Supplier").
P:The Buyer operates twelve cold rooms, four freezer halls and a loading dock at its logistics park. Following an invitation to tender, the Buyer has selected the Supplier to supply, install and commission a wireless temperature, humidity, door and ammonia monitoring system. The parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, detectors and monitoring software listed in Clause 2, installed and configured at the Site.
P:1.2 "Site" means the Buyer's logistics park at the address above.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope and Prices
P:2.1 The Supplier shall supply the following items and services. All prices are in Chinese yuan (CNY), include import duties, VAT, packing, transport to the Site and insurance, and are fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|420|1,150|483,000
TB:2|Industrial LoRa gateway with 4G backup|24|8,600|206,400
TB:3|Door and dock-leveller sensor|96|1,480|142,080
TB:4|Ammonia leak detector with local alarm|18|6,200|111,600
TB:5|ColdWatch monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,111,080
TB:6|Installation and commissioning|1|126,000|126,000
TB:7|Calibration and calibration certificates|1|38,400|38,400
TB:8|Training|1|18,520|18,520
TB:|Contract Price|||1,294,000
P:2.2 The monitoring software is installed on the Buyer's own server at the Site. The Supplier grants the Buyer a perpetual, non-exclusive licence to use it for the Site.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 129,400) within 15 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 711,700) within 15 days after all items are delivered and installed and the Buyer signs the installation record. The installation record confirms quantity and installation only and is not acceptance.
P:3.3 35% (CNY 452,900) within 15 days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all items to the Site within 70 days after signature and complete installation within 30 days after delivery.
P:4.2 Title and risk pass to the Buyer on delivery to the Site.
H:5. Delay
P:5.1 If the Supplier fails to meet any date in Clause 4 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Clause 13.
H:6. Acceptance
P:6.1 Final Acceptance tests start after installation and include: (a) every sensor reports to the software at its configured interval; (b) temperature readings at 30 sample points agree with a calibrated reference thermometer within ±0.3 °C; (c) door events and ammonia alarms are shown on the screen and sent by SMS within 60 seconds; (d) gateway failover to 4G works at every gateway; and (e) the System runs for 30 consecutive days without a Severity 1 fault.
P:6.2 When the tests are passed, the Buyer signs the Final Acceptance Certificate within 7 days. Delivery, installation or use of the System does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for thirty-six (36) months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including sensor batteries that fail before their rated life, and provide software updates.
P:7.2 Severity 1 faults (loss of monitoring for any cold room or freezer hall, or any ammonia detector out of service) receive a remote response within 30 minutes and an engineer or replacement part on Site within 24 hours. Other faults receive a response within 1 business day.
P:7.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay the Buyer CNY 800, deducted from any amount due.
H:8. Support after the Warranty
P:8.1 After the warranty the Buyer may order annual support for up to two further years, covering repair, replacement parts, recalibration and software updates with the service levels of Clause 7.2.
P:8.2 The annual support fee is 7.5% of the Hardware and Licence Subtotal, that is CNY 83,331 per year, fixed, and is ordered by purchase order. Support does not renew automatically.
H:9. Buyer Data
P:9.1 All readings, alarms, event logs and reports produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall access the System only through the Buyer's VPN, with individual accounts approved by the Buyer, and shall not copy Buyer data outside the Site. It shall notify the Buyer of any security incident affecting Buyer data within 12 hours and is liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it to any third party without prior written consent, for three years after the end of the Contract.
H:11. Intellectual Property
P:11.1 The dashboards, alarm rules, site layouts and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and give them to any other service provider.
P:11.2 The Supplier warrants that the System does not infringe third-party rights and shall indemnify the Buyer against such claims.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or in the case set out in Clause 5.2.
H:14. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:15. Packing, Shipping and Import
P:15.1 The Supplier shall pack all items for ocean or air transport and for storage in a humid environment, marked with the contract number, item number and the Buyer's address. Each consignment shall include a packing list, the certificate of origin and the manufacturer's test report for each sensor batch.
P:15.2 The Supplier is responsible for export formalities in the United States and, through its agent in China, for import customs clearance and the radio type approval of the gateways and wireless sensors, and bears the related costs. Items without the required approval shall not be delivered.
P:15.3 Sensor batteries shall be shipped in accordance with the rules for lithium batteries and shall have been manufactured no more than six months before delivery.
H:16. Site Rules
P:16.1 The Supplier's installers shall comply with the Buyer's rules for work inside cold rooms and freezer halls, including time limits for work at low temperatures, the use of protective clothing and the two-person rule.
P:16.2 Work near the ammonia refrigeration plant requires the Buyer's written work permit. The Supplier shall not interrupt refrigeration or block loading operations without the Buyer's prior agreement on a time window.
P:16.3 The Supplier shall remove its packing material and waste from the Site at its own cost and leave each work area clean.
H:17. Training and Documentation
P:17.1 The Supplier shall train up to 20 of the Buyer's operators and maintenance staff in two sessions at the Site, covering daily monitoring, alarm handling, battery replacement, recalibration and basic software administration.
P:17.2 Training materials remain with the Buyer and may be copied for the Buyer's internal training. The Supplier shall repeat a session at no extra charge if fewer than half of the trainees pass the final practical test.
P:17.3 The Supplier shall deliver in Chinese and English: the as-built sensor layout, the gateway and network plan, calibration certificates for every temperature sensor and ammonia detector, the software administrator manual and the user manual.
H:18. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it notifies the other party promptly and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may terminate the Contract for the items not yet delivered.
H:19. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:20. General
P:This Contract, with the tender documents and the Supplier's bid, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The Contract is signed in Chinese and English, and both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Saskatchewan vendor, managed backup and recovery service, MD, upper-case headings, schedules as tables.
# Risky: service levels without any credit or other remedy; no delay damages at all.
# ---------------------------------------------------------------------------------------------------------------
H488E04 = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

Agreement reference: WMS-CN-2026-07

**BETWEEN**

**Wascana Managed Services Ltd.**, 88 Main Street North, Moose Jaw, Saskatchewan S6H 0V9, Canada ("**Provider**"); and

**Ningbo Haiyue Auto Parts Trading Co., Ltd.**, 155 Tiantong Road, Yinzhou District, Ningbo, Zhejiang, PRC ("**Customer**").

**RECITALS**

A. Customer distributes automotive spare parts from a head office and two warehouses and runs its ERP, warehouse management and e-mail systems on servers at those three sites.

B. Customer wishes Provider to take over the backup and recovery of those systems as a managed service, and Provider is willing to do so on the terms of this Agreement.

## 1. DEFINITIONS

1.1 "**Services**" means the managed backup and recovery services described in Schedule 1.

1.2 "**Service Start Date**" means the day after Customer signs the Service Acceptance Certificate under Clause 4.

1.3 "**Customer Data**" means all data of Customer or its customers that is backed up, stored, restored or otherwise handled by Provider in performing the Services, including backup copies and logs.

1.4 "**Business Day**" means a working day in mainland China.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for an Initial Term of 36 months from the Service Start Date.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with the charges to be agreed at that time.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. At the Customer's request all charges are in Chinese yuan (CNY) and include VAT.

3.2 The one-time onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears. No charge is payable in advance.

3.3 Customer shall pay each undisputed invoice within 30 days after receipt.

## 4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 Provider shall install the backup appliances at the three sites, configure backup policies for every protected system, replicate backups to a second site and complete a first full backup of all systems. Provider aims to complete onboarding within 45 days after signature and will use reasonable efforts to meet that target; a later completion does not give rise to any payment or deduction.

4.2 Service Acceptance tests include: (a) successful backup of every system listed in Schedule 1 for 10 consecutive days; (b) a full restore of the ERP database to an isolated server, checked by Customer; (c) restore of 20 randomly chosen files and mailboxes; and (d) delivery of the runbooks and the backup policy document. When the tests are passed, Customer signs the Service Acceptance Certificate. Installation of equipment or use of the Services is not Service Acceptance.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 The service levels are performance targets. If Provider misses a service level, Provider shall within 10 Business Days give Customer a written analysis of the cause and a remediation plan and shall carry it out. Missing a service level does not entitle Customer to any service credit, refund, reduction of charges or damages, without prejudice to Customer's right to terminate under Clause 11 for material breach.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's written instructions, and shall not access the content of backups except to carry out a restore requested by Customer.

6.2 Backups are encrypted at the source with keys held by Customer. Backup appliances and the replica site are located in mainland China. Provider's staff access the systems only with individual accounts, multi-factor authentication and session recording, and Provider complies with the Data Security Law and the Personal Information Protection Law.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours after discovering it, assist Customer in containing it and meeting its legal duties, and compensate Customer for all losses caused by Provider's breach of this Clause 6.

6.4 At the end of the Agreement Provider shall hand over all backup sets and encryption records, then securely erase its copies and certify the erasure in writing.

## 7. INTELLECTUAL PROPERTY

7.1 Runbooks, backup policies, scripts and configuration documents prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to a successor provider.

7.2 Provider's own tools and know-how remain Provider's property.

## 8. CONFIDENTIALITY

Each party shall keep the other's confidential information secret, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after the Agreement ends.

## 9. LIABILITY

Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term. The limit does not apply to breach of Clause 6 or Clause 8, wilful misconduct or personal injury.

## 10. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice. Repeated failure to meet the same service level in three consecutive months is a material breach.

11.2 On termination Provider shall provide reasonable exit assistance for up to 60 days at the charges in Schedule 3.

## 12. CUSTOMER RESPONSIBILITIES

12.1 Customer shall provide rack space, power and network connections for the backup appliances at each site, and remote access for Provider through Customer's VPN.

12.2 Customer shall tell Provider in advance of any new system to be protected, any change to a protected system and any planned shutdown that affects backups. Additional systems are added by a written change order at the charges agreed in it.

12.3 Customer shall name the persons who may request restores. Provider shall carry out a restore only at the request of such a person.

## 13. REPORTING AND REVIEWS

13.1 Provider shall send Customer a monthly report showing the result of every backup job, failed jobs and their cause, restores carried out, the capacity used on each appliance, and performance against each service level in Schedule 2.

13.2 Provider shall keep the monthly reports and job logs for the Initial Term and give Customer copies on request.

13.3 The parties shall hold a service review each quarter to discuss the report, the results of the restore test, planned changes and any remediation plan under Clause 5.2.

## 14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, if it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents the Services for more than 30 days, Customer may terminate this Agreement by written notice.

## 15. GENERAL

15.1 Neither party may assign this Agreement without the other's prior written consent.

15.2 Notices shall be in writing and delivered by courier or e-mail to the addresses above.

15.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. It is signed in English and Chinese, and both versions have equal force.

## 16. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## SCHEDULE 1 — SERVICES

| Service element | Description |
|---|---|
| Protected systems | ERP database and application servers, warehouse management system, file servers, e-mail system (31 servers in total) |
| Backup schedule | Incremental backups every 6 hours for databases, daily for other systems; weekly full backups |
| Replication | Daily replication of all backups to the second warehouse site |
| Retention | 30 daily, 12 weekly and 24 monthly restore points |
| Restore tests | Quarterly restore test of the ERP database, reported to Customer |
| Monitoring | 24 x 7 monitoring of backup jobs and appliances |

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Example | Response time | Target resolution |
|---|---|---|---|
| P1 | ERP restore needed after failure; backups failing for all systems | 30 minutes | Restore started within 2 hours |
| P2 | Backups failing for one system for two consecutive runs | 2 hours | 1 Business Day |
| P3 | Single file restore; report request | 1 Business Day | 3 Business Days |

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| One-time onboarding charge (appliances installation, configuration, runbooks) | 58,000 |
| Monthly service charge | 46,500 |
| Monthly service charges for the Initial Term (36 x 46,500) | 1,674,000 |
| **Total charges for the Initial Term** | **1,732,000** |
| Exit assistance, per engineer day | 3,200 |

Signed for Provider: ____________ Name / Title: ____________ Date: ________

Signed for Customer: ____________ Name / Title: ____________ Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Alaska vendor, marine data API subscription, TXT, upper-case headings with numbered clauses.
# Risky: no confidentiality clause; liability capped at the fees of the preceding 6 months of a 24-month term.
# ---------------------------------------------------------------------------------------------------------------
H488E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. KOD-2026-CN-031

This Data API Subscription Agreement is made on the date of the last signature below between:

Kachemak Ocean Data, Inc., an Alaska corporation, 3690 Lake Street, Homer, Alaska 99603, USA ("Provider"); and

Dalian Bohai Pelagic Fishery Co., Ltd., 27 Haibin Road, Lushunkou District, Dalian, Liaoning, PRC ("Customer").

WHEREAS Provider compiles sea-surface temperature, chlorophyll, current and wave forecasts for the North Pacific and publishes them through an application programming interface; and WHEREAS Customer operates a fleet of 22 squid-jigging and saury vessels and wishes to use those forecasts in its fleet planning system; the parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Ocean Conditions API, version 3, with the endpoints described in the Annex.

1.2 "Provider Data" means the forecasts, gridded fields, maps and other content that Provider makes available through the API.

1.3 "Customer Data" means the vessel identifiers, positions, planned routes, catch reports and other data that Customer or its systems send to the API or store in Provider's environment.

1.4 "Subscription Year" means each period beginning on the Subscription Start Date or on an anniversary of it.

1.5 "Subscription Start Date" means the day after Integration Acceptance under Clause 4.3.

2. SUBSCRIPTION AND TERM

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable right to access the API and to use Provider Data for Customer's internal fleet planning, including display on board Customer's vessels.

2.2 The Term is two Subscription Years from the Subscription Start Date (24 months in total). It ends at the end of the second Subscription Year unless the parties agree in writing to renew it; there is no automatic renewal.

2.3 Customer may not resell Provider Data or make it available to anyone other than its own staff, crews and contractors working on its fleet.

3. FEES AND PAYMENT

3.1 At the Customer's request, all fees are in Chinese yuan (CNY) and include VAT:

   Subscription fee, Subscription Year 1 (up to 3,000,000 API calls)     CNY 236,000
   Subscription fee, Subscription Year 2 (up to 3,000,000 API calls)     CNY 236,000
   Integration and onboarding (one-time)                                CNY 24,000
   Total fees for the Term                                              CNY 496,000

3.2 API calls above the annual allowance are charged at CNY 120 per 10,000 calls, invoiced quarterly in arrears. They are not part of the total fees for the Term.

3.3 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 59,000 at the start of each quarter. The integration fee is invoiced after Integration Acceptance. Nothing is payable before the Subscription Start Date.

3.4 Invoices are due within 30 days after receipt.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall supply API credentials, a test environment, code samples and an integration adapter for Customer's fleet planning system, and shall support Customer's developers during integration.

4.2 Provider shall complete its integration work within 40 days after signature. If it fails to do so for reasons attributable to it, it shall pay CNY 400 for each day of delay, up to CNY 20,000.

4.3 Integration Acceptance tests include: (a) all endpoints in the Annex return valid data for the Customer's fishing grounds; (b) forecasts are refreshed at least every 6 hours; (c) the adapter loads forecasts into the fleet planning system without manual steps for 7 consecutive days; and (d) average API response time is below 800 milliseconds. When the tests are passed, Customer signs an Integration Acceptance certificate. Use of the API during testing is not acceptance.

5. SERVICE LEVELS

5.1 Provider will make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance of which Customer receives 72 hours' notice.

5.2 Incidents are handled as follows: Priority 1 (the API is unavailable or returns no forecasts) response within 1 hour, around the clock; Priority 2 (an endpoint or region is degraded) response within 3 hours; Priority 3 (questions, minor errors) response within 2 business days.

5.3 If availability in a month is below the level in Clause 5.1, Customer receives a credit of 10% of that month's share of the subscription fee for each full 0.1 percentage point of shortfall, up to half of it. If a Priority 1 response is late, Customer receives a credit of CNY 500 for each hour of delay.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not sell it, share it or use it for any other purpose.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access limited to named operations staff, multi-factor authentication and audit logs. Customer Data is stored on servers in mainland China operated by a licensed cloud provider.

6.3 Provider shall notify Customer of any unauthorised access to or loss of Customer Data within 24 hours after discovering it, take prompt steps to contain it, and is responsible for the losses caused to Customer where the incident results from Provider's failure to meet this Clause 6.

6.4 At the end of the Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and the API remain the property of Provider and its licensors.

7.2 The integration adapter and any scripts and mappings made for Customer under Clause 4.1 belong to Customer, which may use, modify and license them freely.

8. WARRANTIES

8.1 Provider warrants that it has the rights needed to license Provider Data and that the API will conform materially to the Annex.

8.2 Forecasts are predictions and Provider does not warrant that conditions at sea will match them. Customer remains responsible for navigation and vessel safety decisions.

9. LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of catch, loss of profit or other indirect loss.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or any work under Clause 4 without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.2 If Customer terminates under Clause 11.1, Provider shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. CUSTOMER OBLIGATIONS

13.1 Customer shall keep its API credentials secure, give them only to its own systems and named developers, and tell Provider at once if it believes that a credential has been compromised, so that Provider can revoke it.

13.2 Customer shall not use automated means to extract Provider Data beyond the endpoints and call allowance described in this Agreement, and shall not use Provider Data to build a competing forecast service.

13.3 Customer shall give Provider the technical contacts and test accounts of its fleet planning system needed for the integration work under Clause 4.

14. CHANGES TO THE API

14.1 Provider may add endpoints, data fields and regions at any time. Provider shall give Customer at least 90 days' written notice before it withdraws an endpoint or changes a response format in a way that is not backwards compatible, and shall keep the previous version running during that period.

14.2 Provider shall tell Customer in advance of any planned change in the spatial resolution or update frequency of a data product, and any such change shall not reduce the resolution or frequency stated in the Annex during the Term.

14.3 Provider shall publish a status page showing the availability of the API and any current incidents, and shall send Customer an incident report within 5 business days after each Priority 1 incident.

15. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, failures of public satellite data sources, epidemics or acts of government, if it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents the use of the API for more than 30 consecutive days, Customer may terminate this Agreement and receive a refund of fees paid for the period after termination.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's prior written consent, except to a successor to its whole business.

16.2 This Agreement and its Annex are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

16.3 Notices shall be in writing, in English or Chinese, and sent to the addresses above.

ANNEX - API ENDPOINTS

/sst (sea-surface temperature, daily and 6-hourly), /chl (chlorophyll concentration, daily), /currents (surface currents, 6-hourly), /waves (significant wave height and period, 6-hourly), /fronts (thermal front detection, daily), /grounds (Customer-defined fishing-ground summaries).

For Provider: ____________________  Name / Title: ____________  Date: ________

For Customer: ____________________  Name / Title: ____________  Date: ________
"""

# ===============================================================================================================
# Targets, labels, design list
# ===============================================================================================================
FILES = {  # key -> (file name, format)
    "h488z01": ("h488z01_justice_bureau_community_corrections_platform.pdf", "pdf"),
    "h488z02": ("h488z02_fertiliser_plant_prilling_tower_control_upgrade.docx", "docx"),
    "h488z03": ("h488z03_eye_clinic_chain_booking_followup_saas.txt", "txt"),
    "h488z04": ("h488z04_sports_bureau_venue_booking_om_service.txt", "txt"),
    "h488z05": ("h488z05_vinegar_brewery_mes_supplier_template.md", "md"),
    "h488e01": ("h488e01_dairy_cmms_perpetual_licence_manitoba_vendor.pdf", "pdf"),
    "h488e02": ("h488e02_furniture_dispatch_saas_order_form_nova_scotia.md", "md"),
    "h488e03": ("h488e03_cold_store_sensors_montana_supplier.docx", "docx"),
    "h488e04": ("h488e04_managed_backup_service_saskatchewan.md", "md"),
    "h488e05": ("h488e05_marine_data_api_subscription_alaska.txt", "txt"),
}
SOURCES = {"h488z01": H488Z01, "h488z02": H488Z02, "h488z03": H488Z03, "h488z04": H488Z04, "h488z05": H488Z05,
           "h488e01": H488E01, "h488e02": H488E02, "h488e03": H488E03, "h488e04": H488E04, "h488e05": H488E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (language, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None,
#       acceptance_deemed_on_delivery, contract_value)
LABELS = {
    "h488z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8,
                                   False, True, False, "PRC", G], True, True, True, False, 1510000),
    "h488z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 18,
                                   False, True, True, "PRC", G], True, True, True, False, 2224000),
    "h488z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", False, True, True, 500 / 734000 * 100, None,
                                302000 / 734000 * 100, True, None, None, None, False, True, False, "PRC", S],
                True, True, None, False, 734000),
    "h488z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.03, None, None, True, None, None,
                                   None, False, False, False, None, S], True, True, None, False, 368000),
    "h488z05": ("zh", "software", [None, None, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 26,
                                   False, True, None, "PRC", G], False, True, True, True, 1270000),
    "h488e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 1000 / 1316000 * 100, 150, 20, True, True,
                                   18, 13, False, True, False, "Manitoba", G], True, True, True, False, 1316000),
    "h488e02": ("en", "cloud", [99.5, 1, True, "buyer", True, True, True, 500 / 614000 * 100, 150, None, True, None,
                                None, None, True, True, True, "PRC", S], True, True, None, False, 614000),
    "h488e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5,
                                   False, True, False, "PRC", G], True, True, True, False, 1294000),
    "h488e04": ("en", "services", [None, 0.5, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                   False, True, False, "PRC", S], True, False, None, False, 1732000),
    "h488e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, False, 400 / 496000 * 100, 6 / 24 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S], True, True, None, False, 496000),
}
# Design list (written before the derivation below), plus what the labels cannot carry: the forum, and the TCO inputs.
DESIGN = {
    "h488z01": [],
    "h488z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h488z03": ["CR-DATA-SECURITY", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h488z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h488z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h488e01": ["CR-GOVERNING-LAW"],
    "h488e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h488e03": [],
    "h488e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h488e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}
FORUM_OUTSIDE_MAINLAND = {"h488e01"}  # courts of Manitoba
FEE_BASE = {"h488z01": 820000, "h488z02": 1756000, "h488z05": 920000, "h488e01": 898000, "h488e03": 1111080}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key, t, value):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def derive_rules(key, lab):
    """My own reading of policy.md section 3 applied to a label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and x["post_warranty_fee_capped"] and tco(key, t, x["contract_value"])[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def make_label(key):
    lang, cat, vals, sla, lds, capped, deemed, value = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
           "expected_extra": extra, "expected_rules": []}
    lab["expected_rules"] = derive_rules(key, lab)
    return lab


# ===============================================================================================================
# Threshold scan (self-tested)
# ===============================================================================================================
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?\b|-hour|hrs?\b|h\b)",  # P1 4 h
    r"四\s*个?\s*小时", r"(?<![\w-])four\s*(?:-\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?![十百千\d])", r"千分之零点五",  # LD 0.05 %/day
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,               # cap 100 %
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty" + PCT,  # prepayment 30 %
    r"(?<![\d.,])12\s*(?:个\s*)?(?:月|months?\b|-month)", r"十二\s*个\s*月", r"twelve\s*(?:-\s*)?months?",
    r"一年", r"(?<![\w-])one\s*(?:-\s*)?years?\b", r"(?<![\d.,])1\s*(?:年|years?\b|-year)",  # warranty 12 months
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,                # post-warranty fee 15 %
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty" + PCT,  # TCO share 40 %
    r"(?<![\d.,])5\s*(?:年|years?\b|-year)", r"五\s*年", r"(?<![\w-])five\s*(?:-\s*)?years?",
    r"(?<![\d.,])60\s*(?:个\s*)?(?:月|months?\b|-month)", r"六十\s*个\s*月", r"sixty\s*(?:-\s*)?months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "thirty percent",
            "12个月", "12 个月", "十二个月", "twelve months", "一年", "one year", "one-year", "12 months", "15%",
            "15 %", "百分之十五", "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years", "60 months",
            "60个月", "sixty months", "one hundred per cent", "12-month"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年4月", "万分之五十",
             "服务年度", "Subscription Year", "34小时", "14 hours", "0.055%", "1,400%", "130%", "140%", "240%",
             "万分之八", "112个月", "25 years", "15 days", "30 days", "40 days", "60 days", "六个月", "0.5%",
             "twenty-four hours", "2.4 hours", "每个服务年度", "36 months", "十六年"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s))


def scan(name, text):
    bad = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nospace", re.sub(r"\s+", "", text))):
        for m in THRESHOLD_RE.finditer(t):
            bad.append("%s [%s]: %r in ...%s..." % (name, variant, m.group(0), t[max(0, m.start() - 25):m.end() + 10]))
    return bad


# ===============================================================================================================
# Build, read back, check
# ===============================================================================================================
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(lang, text):
    return len(text) if lang == "zh" else len(text.split())


def check_sums():
    assert 480000 + 156000 + 184000 == 820000 and 820000 + 546000 + 118000 + 26000 == 1510000
    assert 302000 + 679500 + 528500 == 1510000 and 0.08 * 820000 == 65600
    assert 2 * 286000 + 318000 + 5 * 36000 + 8 * 24500 + 264000 + 226000 == 1756000
    assert 1756000 + 198000 + 236000 + 34000 == 2224000 and round(1756000 * 0.18) == 316080
    assert 222400 + 778400 + 1112000 + 111200 == 2224000
    assert 8 * 27000 == 216000 and 3 * 216000 + 86000 == 734000 and 86000 + 216000 == 302000
    assert 216000 + 62000 + 48000 + 42000 == 368000 and 4 * 92000 == 368000
    assert 520000 + 260000 + 140000 == 920000 and 920000 + 286000 + 64000 == 1270000 and 0.26 * 920000 == 239200
    assert 60 * 9800 + 40 * 4200 + 142000 == 898000 and 898000 + 264000 + 118000 + 36000 == 1316000
    assert 263200 + 592200 + 460600 == 1316000 and round(0.13 * 898000) == 116740
    assert 2 * 284000 + 46000 == 614000 and 4 * 71000 == 284000
    assert 420 * 1150 + 24 * 8600 + 96 * 1480 + 18 * 6200 + 168000 == 1111080
    assert 1111080 + 126000 + 38400 + 18520 == 1294000 and 129400 + 711700 + 452900 == 1294000
    assert round(0.075 * 1111080) == 83331
    assert 36 * 46500 == 1674000 and 1674000 + 58000 == 1732000
    assert 2 * 236000 + 24000 == 496000 and 4 * 59000 == 236000


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    check_sums()
    for key, (name, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k, (n, kd) in FILES.items() if kd in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    problems, covered = [], set()
    for key, (name, kind) in FILES.items():
        lab = make_label(key)
        lang = lab["language"]
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append("%s derived %s != design %s" % (key, lab["expected_rules"], sorted(DESIGN[key])))
        covered |= set(lab["expected_rules"])
        for k, v in THRESHOLD_VALUES.items():
            if lab["expected_terms"][k] is not None and abs(lab["expected_terms"][k] - v) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        t = lab["expected_terms"]
        share = None
        if key in FEE_BASE:
            total, share = tco(key, t, lab["expected_extra"]["contract_value"])
            if 38 <= share <= 42:
                problems.append("%s: TCO share %.2f within 2 points of 40" % (key, share))
        text = read_back(OUT / name)
        n = length(lang, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        problems += scan(name + " (built)", text)
        problems += scan(name + " (source)", SOURCES[key])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %s %5d %-6s %s%s" % (name, lang, n, risk(lab["expected_rules"]),
                                          ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)",
                                          "" if share is None else "  [TCO share %.2f %%]" % share))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; rules covered: %d of %d" % (len(covered), len(ALL_RULES)))
