"""holdout530: ten blind, ordinary draft contracts and their labels (written before any run).

Builds the .docx/.pdf with ../word_pdf.py (wrap_words=True), writes the .txt/.md as they are, writes the .json labels,
derives each draft's expected rules from its labels by my own reading of policy.md section 3 (no project code), checks
them against the design list, asserts that all 20 CR rules fire in the set, scans every source and every built file
(read back) for threshold figures, and prints the text lengths as read back.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购, compliant)
H530Z01 = """T:××市地方金融监督管理局非法集资监测预警平台采购合同
P:合同编号：JRJ-ZFCG-2025-017　　采购方式：公开招标
P:甲方（采购人）：××市地方金融监督管理局
P:乙方（供应商）：杭州衡信数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:乙方向甲方提供非法集资监测预警平台软件许可，并按甲方需求完成定制开发、部署实施和培训。定制开发内容包括：涉众风险监测模型（不少于十八类风险指标）、与市场监管、公安、法院、税务等部门的数据接口、线索分级预警及处置流转流程、领导驾驶舱和统计报表。平台部署于市政务云，供甲方及各区金融工作部门使用。
H:第二条 合同价款
P:合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），含税，明细如下：
P:1. 平台软件许可（永久许可，不限用户数）：¥1,180,000；
P:2. 定制开发（监测模型、数据接口、预警处置流程、驾驶舱及报表）：¥760,000；
P:3. 部署实施与数据对接：¥146,000；
P:4. 培训（管理员及各区业务人员）：¥34,000。
P:上述价款已包含乙方完成本合同全部工作所需的一切费用，合同履行期间不作调整。
H:第三条 付款方式
P:1. 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%，即¥424,000，作为预付款。
P:2. 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥954,000。
P:3. 试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥742,000。
P:4. 乙方应在每次付款前开具合法有效的等额发票。甲方因财政资金拨付程序造成的合理延迟，不视为违约。
H:第四条 工期与交付
P:乙方应在合同签订后一百二十日内完成部署并提交初步验收申请；初步验收通过后进入九十日试运行期。乙方应交付定制部分源代码、数据库设计文档、接口说明、操作手册和运维手册。
H:第五条 验收
P:1. 初步验收标准：监测模型全部上线，风险指标计算结果与甲方提供的样本数据比对一致；各部门数据接口连续七日运行无错误；预警线索自生成至推送到处置人员不超过三分钟；在两百个并发用户下，常用查询响应时间不超过三秒；通过第三方机构的安全测评和商用密码应用安全性评估。
P:2. 最终验收标准：试运行期间未发生一级故障，遗留问题全部整改完毕，甲方组织专家评审并出具书面验收报告。
P:3. 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:1. 质保期自最终验收合格之日起计算，为二十四个月。质保期内乙方免费提供缺陷修复、版本升级、模型调优和技术支持。
P:2. 质保期满后，如甲方需要，乙方按年提供维护服务，年度维护费不超过平台软件许可价款的10%（即每年不超过¥118,000），质保期满后三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:1. 质保期内，平台月可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日书面告知甲方）。
P:2. 故障分级响应：一级故障（平台不可用或预警功能中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日解决；三级故障在下一版本中修复。
P:3. 乙方未达到上述服务水平的，一级故障每超时一小时扣减¥800，月可用率每低于承诺值0.01个百分点扣减¥1,000，从履约保证金或应付款项中扣除。
H:第八条 数据安全
P:1. 平台中的全部业务数据、监测线索和分析结果均属于甲方所有，乙方仅可为履行本合同处理该等数据，不得用于任何其他目的。
P:2. 乙方应按照网络安全等级保护第三级要求落实安全措施，通过甲方堡垒机进行运维操作，不得将数据复制、下载或传输至政务云以外。乙方驻场人员须签署保密承诺并接受背景审查。
P:3. 发生数据泄露或其他安全事件的，乙方应在发现后2小时内报告甲方，立即采取补救措施并配合调查；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、涉案主体信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:平台标准产品的知识产权仍归乙方，甲方享有永久使用许可。为本项目定制开发的模型、接口程序、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改和使用。乙方保证所交付成果不侵犯第三方的合法权利。
H:第十一条 违约责任
P:1. 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的千分之一支付违约金；逾期超过六十日的，甲方有权解除合同。
P:2. 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 履约保证金与项目管理
P:1. 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金，可以银行保函形式提交，最终验收合格且无未结违约责任的，甲方在二十个工作日内无息退还。
P:2. 乙方应指定具有同类项目经验的项目经理，每周向甲方书面报告进度、风险和下周计划，未经甲方同意不得更换项目经理。甲方指定专人负责需求确认、数据协调和验收组织。
P:3. 需求确认后，甲方提出需求变更的，双方书面确认变更内容、工期和费用影响后实施；不影响费用的小范围调整，乙方应予配合。
H:第十四条之三 培训与文档
P:1. 乙方应为甲方系统管理员提供不少于五个工作日的集中培训，为各区金融工作部门业务人员提供现场或视频培训，培训后组织考核，考核合格率应达到甲方要求。
P:2. 乙方交付的全部文档应为中文，并随版本升级同步更新。
H:第十四条之二 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延长工期或部分解除合同。不可抗力持续超过六十日的，甲方有权解除合同，已完成部分按实结算。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　　　代表签字：
P:日期：2025年　月　日　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, price table; post-warranty fee 28 %, LD 万分之三)
H530Z02 = """T:发酵控制系统改造及维保合同
P:合同编号：RFJM-SB-2025-046
P:甲方：宜昌瑞丰酵母有限公司
P:乙方：武汉中控流程自动化工程有限公司
P:甲方三号发酵车间现有八台一百二十立方米发酵罐的控制系统已运行多年，备件短缺、补料控制依赖人工。经询价比选，甲方委托乙方实施发酵控制系统改造，并在质保期满后提供维保服务。双方订立本合同如下。
H:一、改造内容
P:（一）更换八台发酵罐的控制器及IO模块，新增在线pH、溶氧和尾气分析仪表，更换补料计量泵及变频器。
P:（二）部署发酵控制软件，实现补料、通气、温度和pH的自动控制，建立批次配方管理和批次记录。
P:（三）与甲方现有能源计量系统和质量系统对接，完成工艺组态、联调和人员培训。
H:二、合同价款
P:（一）合同总价为人民币壹佰柒拾伍万元整（¥1,750,000），含税。明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|控制器及IO模块|8套|486,000
TB:2|在线分析仪表（pH、溶氧、尾气）|8套|372,000
TB:3|补料计量泵及变频器|16台|214,000
TB:4|工控服务器及操作站|3台|96,000
TB:5|发酵控制软件许可（永久）|1套|288,000
TB:|软硬件小计||1,456,000
TB:6|安装调试|1项|148,000
TB:7|工艺组态及批次配方定制|1项|126,000
TB:8|培训|1项|20,000
TB:|合同总价||1,750,000
P:（二）上述价款包含设备运输、保险、安装材料、税费及乙方人员差旅费用。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%，即¥350,000，乙方应同时提交等额银行预付款保函。
P:（二）设备全部到货并完成安装调试后，甲方支付合同总价的45%，即¥787,500。到货及安装不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥612,500。
H:四、工期
P:乙方应在合同生效后七十五日内完成设备供货和安装，利用甲方停产检修窗口完成切换，切换停产时间不得超过六日。
H:五、验收
P:（一）系统连续运行三个完整发酵批次，且每批次补料控制偏差不超过设定值的2%，温度控制偏差不超过±0.3℃，pH控制偏差不超过±0.08。
P:（二）全部报警和联锁经逐项测试正常；批次记录完整，可追溯到每次补料和每次参数修改。
P:（三）以上条件满足后，双方签署最终验收报告。试运行或投入生产均不视为验收合格。
H:六、质保与维保
P:（一）质保期自最终验收之日起十八个月。质保期内乙方免费维修或更换故障设备，免费升级软件。
P:（二）质保期满后，乙方按年提供维保服务，含驻厂工程师每周巡检、全部备品备件、仪表校准和软件升级。年度维保费为软硬件小计的28%，即每年¥407,680，质保期满后三个服务年度内固定不变。维保服务按年签订确认书，不自动续期。
H:七、服务响应
P:（一）一级故障（影响发酵罐正常控制或导致批次报废风险）：乙方接到通知后1小时内响应，6小时内到达现场。
P:（二）二级故障：8小时内响应，两个工作日内解决。
P:（三）一级故障每超时一小时，乙方向甲方支付¥500，从维保费或质保金中扣除。
H:八、违约责任
P:（一）乙方逾期完成供货、安装或验收的，每逾期一日，按合同总价的万分之三支付违约金。
P:（二）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:九、知识产权
P:为本项目编制的组态程序、批次配方模板、接口程序及其文档的知识产权归甲方所有。软件产品本身的知识产权归其权利人，甲方享有永久使用许可。
H:十、数据安全与保密
P:（一）工艺参数、批次记录和生产数据归甲方所有。乙方仅为履行本合同使用，不得带出厂区或提供给任何第三方。
P:（二）乙方远程维护须经甲方逐次审批，使用甲方提供的专用通道并保留操作记录。因乙方原因造成数据泄露或系统被入侵的，乙方承担全部责任并赔偿损失。
P:（三）双方对本合同内容以及在履行中获知的对方技术和商业信息负有保密义务，该义务不因合同终止而免除。
H:十之一、履约保证与人员
P:（一）乙方应在合同生效后七日内提交合同总价5%的履约保函，有效期至最终验收后三十日。
P:（二）乙方应派驻项目经理一名、自控工程师两名和仪表工程师一名，切换期间全天轮班值守。项目经理须具有发酵或制药行业控制系统改造经验，未经甲方同意不得更换。
P:（三）乙方人员进入车间须遵守甲方的卫生、防爆和动火作业管理规定，因乙方人员违规造成的染菌、停产或安全事故，由乙方承担责任。
H:十之二、切换方案与风险控制
P:（一）乙方应在供货前提交切换方案，包括逐罐切换顺序、旧系统保留和回退措施、仪表比对计划，经甲方生产、设备和质量部门会签后执行。
P:（二）每台发酵罐切换后，乙方应配合甲方进行不少于一个批次的新旧仪表并行比对，比对偏差超出方案允许范围的，不得投入自动控制。
P:（三）切换期间发生批次染菌或报废，经双方共同调查确认系乙方原因造成的，乙方赔偿该批次的原料和能耗损失。
H:十之三、培训与资料
P:（一）乙方应为甲方操作工、工艺员和仪表维修人员分别提供培训，培训合计不少于六个工作日，培训后进行考核。
P:（二）乙方应在最终验收前提交竣工图纸、仪表清单、组态程序备份、操作规程、维护手册和备品备件清单，纸质版三套，电子版一套。
H:十之四、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，工期相应顺延。不可抗力持续超过六十日的，双方可协商解除合同，已完成部分按实结算。
H:十之五、备品备件与技术支持
P:（一）质保期内，乙方应在甲方厂区存放控制器模块、在线仪表探头和补料泵易损件等备品备件，清单经甲方确认，使用后十五日内补齐。
P:（二）乙方应提供全天候技术支持电话，并在每年春季停产检修期间免费派工程师到厂对系统进行全面检查，出具检查报告。
P:（三）质保期满后，乙方保证相关备品备件和软件版本的持续供应不少于八年；产品停产的，应提前六个月通知甲方并提供兼容替代方案。
H:十之六、通知
P:双方指定的联系人及联系方式见合同附件。甲方设备部为本合同的归口管理部门，负责组织验收和日常联络；乙方应指定一名固定联系人负责售后服务的受理和跟踪。一方变更联系方式的，应在变更后三日内书面通知对方，否则按原联系方式送达即视为送达。
H:十之七、质保金
P:甲方在支付最终验收款时，可暂扣合同总价的3%作为质保金，质保期满且乙方无未履行的质保义务的，甲方在十五个工作日内无息支付。
H:十一、分包
P:乙方如需将仪表安装等辅助工作分包，须事先取得甲方书面同意，并对分包工作承担全部责任。
H:十二、合同解除
P:乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除本合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宜昌仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1; SaaS; auto-renewal with price increase, 99.5 %)
H530Z03 = """连锁门店会员及库存管理SaaS服务合同

合同编号：CW-IT-2025-0612

甲方：成都萌宠之家商贸连锁有限公司（下称"甲方"）
乙方：深圳云铺数据科技有限公司（下称"乙方"）

鉴于甲方在四川、重庆经营45家宠物用品门店，需要统一的会员管理、收银和库存管理系统；乙方提供"云铺零售"SaaS服务并具备相应实施能力。双方经友好协商，就SaaS订阅及实施服务订立本合同。

1. 服务内容
1.1 乙方向甲方提供"云铺零售"SaaS服务，包括会员管理（积分、储值、宠物档案、生日提醒）、门店收银、库存管理（要货、调拨、盘点、效期预警）、总部报表和小程序商城模块，开通账号覆盖甲方45家门店及总部。
1.2 实施服务包括：历史会员及储值数据迁移、商品资料整理导入、与甲方现有财务软件和两家配送商系统对接、门店收银设备调试、店长及总部人员培训。
1.3 乙方为甲方定制的报表、接口程序和小程序页面，见本合同第7条。

2. 服务期限
2.1 订阅服务期为两个服务年度，自2025年9月1日起至2027年8月31日止。第一个服务年度为2025年9月1日至2026年8月31日，第二个服务年度为2026年9月1日至2027年8月31日。
2.2 订阅服务期届满前三十日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，以此类推。续期时，乙方有权按届时公布的标准价目表调整订阅费单价，并于续期前十日通知甲方。

3. 费用
3.1 门店订阅费：每店每服务年度人民币3,600元，45家门店每服务年度合计162,000元。
3.2 总部模块订阅费：每服务年度38,000元。
3.3 订阅费合计每服务年度200,000元，两个服务年度合计400,000元。
3.4 一次性实施费：86,000元。
3.5 本合同总价为人民币486,000元（含税）。新增门店按每店每服务年度3,600元按月折算。

4. 付款方式
4.1 实施费在上线验收合格后十个工作日内一次性支付。
4.2 第一个服务年度订阅费在上线验收合格后十个工作日内支付；第二个服务年度订阅费在该服务年度开始后十个工作日内支付。
4.3 乙方在收款前开具增值税专用发票。

5. 实施与上线验收
5.1 乙方应在2025年8月20日前完成实施，全部门店上线。
5.2 上线验收标准：历史会员及储值余额迁移后逐户核对一致；45家门店收银、会员积分和库存单据连续七日运行正常；门店库存数据与总部同步延迟不超过五分钟；两家配送商接口要货单据传输无差错。
5.3 甲方在收到验收申请后五个工作日内组织验收，合格的签署上线验收单。

6. 服务水平
6.1 乙方保证SaaS服务每月可用率不低于99.5%，计划维护安排在凌晨一时至五时之间并提前两日通知。
6.2 一级故障（收银或会员功能在全部或多家门店无法使用）：乙方30分钟内响应，2小时内恢复；二级故障：2小时内响应，当日解决。
6.3 月可用率低于承诺值，或一级故障未按时响应的，乙方按当月订阅费的5%向甲方提供服务抵扣，每月累计抵扣不超过当月订阅费的一半。

7. 知识产权
7.1 云铺零售平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
7.2 为甲方定制开发的报表、接口程序、小程序页面及相关文档的知识产权归甲方所有，乙方应在上线验收时交付源代码。

8. 数据权属与数据安全
8.1 甲方上传或在使用服务过程中产生的会员信息、交易记录、库存数据均归甲方所有。乙方仅可为提供本合同服务使用该等数据，不得用于其他目的，不得向第三方提供。
8.2 乙方应采取加密存储、访问控制、操作日志和异地备份等措施保护甲方数据，会员个人信息的处理应符合《个人信息保护法》。
8.3 发生数据泄露、丢失或篡改的，乙方应在发现后两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
8.4 合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

9. 保密
双方对在合作中知悉的对方商业信息、会员信息和本合同条款负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三个服务年度内继续有效。

10. 违约责任
10.1 乙方未能按第5.1条约定完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 任何一方违约给对方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方原因造成数据泄露的除外。

11. 分包
乙方不得将实施服务分包。确需由第三方完成门店设备调试的，须事先取得甲方书面同意。

12. 合同解除
12.1 一方严重违约，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同。
12.2 乙方服务连续两个月未达到第6.1条承诺的，甲方有权解除本合同，乙方退还未使用期间的订阅费。

12A. 双方的其他义务
12A.1 甲方应指定项目负责人，提供门店清单、商品资料、会员历史数据和网络条件，组织门店人员参加培训。
12A.2 乙方应指定实施经理，上线前每周提交实施进度报告；上线后每月提交服务报告，列明可用率、故障及处理情况、新功能说明。
12A.3 乙方进行影响门店使用的版本升级，应提前五日通知甲方，并避开周末和节假日营业高峰。
12A.4 新开门店的账号开通、收银设备调试和店员培训，乙方应在甲方通知后五个工作日内完成，相关费用已包含在订阅费中。

12B. 不可抗力
因自然灾害、疫情、公共网络大面积故障或政府行为等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，该期间不计入可用率考核。不可抗力持续超过三十日的，甲方有权解除合同，乙方退还未使用期间的订阅费。

12C. 通知
双方往来通知以书面形式送达合同载明的地址或电子邮箱。一方联系方式变更的，应在变更后三日内书面通知对方。
12D. 合同终止后的安排
合同终止或服务期届满时，乙方应配合甲方完成数据导出和切换，过渡期内保持服务正常运行，过渡期不超过三十日，过渡期费用按月折算。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

14. 其他
14.1 本合同附件：附件一 功能清单；附件二 实施计划；附件三 门店清单。
14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都萌宠之家商贸连锁有限公司        乙方（盖章）：深圳云铺数据科技有限公司
授权代表：                                        授权代表：
日期：                                            日期：
"""

# ---------------------------------------------------------------- z04 (txt, （1）; 运维 service; subcontract on notice, no termination for breach)
H530Z04 = """××市公共资源交易中心电子交易系统年度运维服务合同

项目编号：GGZY-CS-2025-031（竞争性磋商）
甲方（采购人）：××市公共资源交易中心
乙方（成交供应商）：南京标信软件技术服务有限公司

依据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就××市公共资源交易中心电子交易系统年度运维服务事宜，经协商一致，订立本合同。

（1）服务范围
乙方负责甲方电子交易系统（含工程建设、政府采购、产权交易三个业务子系统）、不见面开标系统、专家抽取系统、CA互认接口及相关数据库、中间件的运行维护，具体包括：日常巡检和监控、故障处理、系统补丁和安全加固、数据备份与恢复演练、开标评标现场技术保障、交易主体使用咨询，以及每季度一次的渗透测试。

（2）服务期限
服务期自2025年8月1日起至2026年7月31日止。

（3）服务费用
本合同总价为人民币846,000元，含税。构成如下：
驻场运维（两名工程师）：432,000元；
系统软件维护及补丁：218,000元；
安全加固与渗透测试：124,000元；
重大项目开标应急保障：72,000元。
服务期内总价固定，不因人员、物价变化调整。

（4）付款方式
服务费按季度支付，每季度211,500元。每季度结束后，甲方按第（7）项对乙方进行季度考核，考核合格后十五个工作日内支付该季度费用。本合同不设预付款。

（5）人员要求
乙方派驻两名工程师在甲方现场工作，其中至少一人具有数据库管理经验。驻场人员须相对固定，更换须提前十日书面告知甲方并经甲方认可。

（6）服务水平
a. 在交易时段（工作日8:30至17:30及甲方通知的开标时段），系统可用率不低于99.95%。
b. 一级故障（开标、投标文件上传或解密无法进行）：乙方15分钟内响应，1小时内恢复业务；二级故障：1小时内响应，8小时内解决；三级故障：两个工作日内解决。
c. 开标期间发生一级故障的，乙方须按甲方应急预案立即启用备用环境。
d. 未达到上述服务水平的，每发生一次一级故障超时扣减当季度服务费5,000元；可用率每低于承诺值0.01个百分点，扣减当季度服务费2,000元。

（7）考核与验收
甲方每季度按服务方案对乙方进行考核，考核内容包括：巡检记录完整率、故障响应及时率、备份恢复演练结果、渗透测试发现问题的整改率。季度考核得分不低于85分为合格。服务期满后，甲方组织年度验收，乙方提交年度运维报告、全部运维文档和配置基线，经甲方确认后签署验收单。

（8）数据安全
系统中的全部交易数据、主体信息和专家信息属于甲方所有。乙方人员只能通过甲方堡垒机操作，不得私自导出、复制或留存任何数据。乙方应遵守《数据安全法》及甲方安全管理制度；发生数据泄露或篡改的，乙方应在1小时内报告甲方并协助处置，因乙方原因造成的，乙方承担全部法律责任并赔偿损失。

（9）保密
乙方对在服务中接触的标底、投标文件、评标专家名单等信息负有保密义务，在任何时候均不得泄露。乙方人员须签署保密承诺书。

（10）知识产权
乙方在服务期内为甲方编写的运维脚本、应急预案、配置文档等成果归甲方所有。

（11）分包
乙方可将渗透测试、机房设备巡检等部分服务交由具备相应资质的第三方完成，但应在开始前书面告知甲方，并对第三方的服务质量负责。

（12）违约责任
a. 乙方未按约定时间派驻人员或未按期完成甲方书面要求的整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
b. 季度考核不合格的，甲方有权扣减当季度服务费的一成，并要求乙方限期整改。
c. 甲方无正当理由逾期付款的，按中国人民银行同期贷款利率支付利息。

（13）合同的变更与解除
本合同生效后，双方均应全面履行。合同的变更或解除须经双方协商一致并签订书面协议；除不可抗力导致合同目的无法实现外，任何一方不得单方解除本合同。

（13之一）人员与交接管理
a. 乙方驻场工程师应遵守甲方的考勤、门禁和机房管理制度，每日填写运维日志，每周提交周报，每月提交月度运维报告，内容包括巡检情况、故障统计、安全事件、备份演练和下月计划。
b. 服务期开始前十日内，乙方应与原运维单位及甲方共同完成交接，核对系统清单、账号权限、配置基线和遗留问题，形成交接记录。服务期满或合同终止时，乙方应配合甲方向新的运维单位完整移交，移交期内不得中断服务。
c. 乙方应建立重大项目开标保障机制：对甲方提前通知的重大项目开标，乙方须安排工程师现场值守，并在开标前一日完成系统健康检查。
（13之二）安全管理
a. 乙方应每季度对系统开展一次渗透测试和漏洞扫描，发现的高危漏洞应在五个工作日内完成修复，中危漏洞在十五个工作日内完成修复，并提交复测报告。
b. 乙方使用的运维工具须经甲方安全检测，不得在甲方网络中安装未经批准的软件，不得开设任何远程访问通道。
c. 乙方应配合甲方开展网络安全等级保护测评、密码应用安全性评估以及上级部门组织的安全检查，对检查发现的问题按期整改。
（13之三）不可抗力
因不可抗力导致服务中断的，受影响一方应立即通知对方并采取措施减少损失，该期间不计入可用率考核。
（13之四）服务变更
服务期内甲方新增业务子系统或对系统进行升级改造的，乙方应将新增部分纳入运维范围，工作量明显增加的，双方另行协商费用。甲方对系统实施升级改造时，乙方应配合原开发单位完成部署、测试和上线保障，并更新运维文档和配置基线。
（13之五）通知
双方往来通知以书面形式送达本合同载明的地址，紧急情况可通过电话通知并于当日补发书面通知。一方联系人变更的，应在三日内书面通知对方。
（13之六）其他约定
a. 乙方应在服务期开始后十五日内提交年度运维方案，列明人员安排、巡检计划、备份策略、应急预案和季度渗透测试计划，经甲方确认后执行。
b. 甲方有权对乙方驻场人员的工作进行监督检查，对不称职人员要求更换，乙方应在五个工作日内派出符合要求的人员。
c. 乙方应每半年组织一次应急演练，演练方案和总结报告报甲方备案。
d. 乙方应建立运维知识库，记录故障现象、原因和处理方法，服务期满时随运维文档一并移交甲方。
（14）争议解决
因本合同发生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

（15）其他
本合同未尽事宜，按磋商文件和响应文件执行。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：                        签订日期：
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, many problems)
H530Z05 = """# 酿造生产执行系统（MES）软件许可及定制开发合同

**酿云科技标准合同文本 V3.0**

合同编号：NY-MES-2025-088

- 甲方（买方）：孝感福临米酒有限公司
- 乙方（卖方）：苏州酿云工业软件有限公司

甲方为提升米酒酿造、发酵和灌装环节的生产管理水平，向乙方采购酿云MES软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供酿云MES标准版软件许可，包括生产计划、投料管理、发酵过程记录、质量检验、批次追溯和设备管理模块。
2. 乙方根据甲方需求进行定制开发：糯米浸泡蒸饭工序记录、发酵罐温度采集接口（四十二个罐）、灌装线数据对接、批次追溯二维码和车间看板。
3. 乙方负责系统部署、基础数据初始化和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿云MES标准版软件许可（永久，五十个并发用户） | 620,000 |
| 2 | 定制开发（工序记录、罐温接口、灌装线对接、追溯码、看板） | 410,000 |
| 3 | 部署实施及数据初始化 | 90,000 |
| 4 | 操作培训 | 16,000 |
| | 合计 | 1,136,000 |

合同总价为人民币壹佰壹拾叁万陆仟元整（¥1,136,000），含税。

## 第三条 付款方式

1. 本合同签订后五个工作日内，甲方支付合同总价的45%，即¥511,200。乙方收到该款项后启动项目。
2. 系统上线运行后十个工作日内，甲方支付合同总价的55%，即¥624,800。
3. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与上线

1. 乙方在收到首笔款项后九十日内完成部署和定制开发，具体进度以双方确认的项目计划为准。
2. 因甲方需求变更、现场条件不具备或甲方人员配合不到位造成的延误，工期相应顺延。

## 第五条 验收

系统在甲方生产环境完成安装并上线运行后，即视为甲方验收合格。甲方在上线后发现的问题，由乙方在质保期内处理。

## 第六条 质保

1. 质保期为系统上线之日起六个月。质保期内乙方免费修复软件缺陷，提供远程技术支持。
2. 因甲方操作不当、擅自修改或第三方原因造成的问题不属于质保范围。

## 第七条 售后服务

1. 质保期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度服务协议，服务费按乙方当年度标准服务价格表执行。
2. 一级故障（系统整体无法使用）：乙方在接到甲方报修后8小时内响应，并尽快安排处理；二级故障：在两个工作日内响应。

## 第八条 知识产权

1. 酿云MES软件及乙方为本项目开发的全部定制功能、接口程序、看板和相关文档的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可他人使用。

## 第九条 数据

1. 甲方在系统中录入和产生的生产数据归甲方所有。
2. 甲方同意，乙方可将甲方数据经脱敏和汇总处理后，用于产品改进、行业分析及向其他客户提供的工艺参考模型。
3. 乙方应采取必要的技术和管理措施保障系统中数据的安全，防止数据泄露、丢失和篡改；因乙方原因导致数据泄露或丢失的，乙方应承担相应的赔偿责任。

## 第十条 保密

双方对本合同内容以及在合作过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两个服务年度内继续有效。

## 第十条之一 双方责任

1. 甲方应指定项目联系人，在乙方要求的时间内提供工艺资料、设备清单、网络环境和服务器等实施条件，并组织相关人员参加培训。
2. 甲方负责服务器、操作系统、数据库、网络及车间终端设备的采购和维护，因上述条件不具备导致系统无法运行的，乙方不承担责任。
3. 发酵罐温度采集和灌装线对接所需的传感器、PLC接口及其授权由甲方自行采购，乙方仅负责软件侧对接。
4. 乙方应按双方确认的项目计划开展工作，并在上线时提交用户手册和系统管理员手册的电子版本。

## 第十条之二 需求变更

1. 双方确认需求说明书后，甲方提出的新增需求或修改需求，乙方按每人日人民币二千八百元另行计费，工期相应顺延。
2. 乙方对需求变更的评估意见经甲方书面确认后实施；甲方未确认的，乙方有权按原需求继续实施。

## 第十条之三 软件使用限制

1. 甲方仅可在本合同约定的生产厂区内使用软件，并发用户数不得超过合同约定数量；需要增加用户或厂区的，应另行向乙方购买许可。
2. 甲方不得复制、转让或出租软件，不得删除软件中的版权标识。

## 第十条之四 培训与资料

1. 乙方为甲方提供两次集中培训，分别面向车间操作人员和系统管理员，培训地点在甲方厂区，培训人数合计不超过三十六人。
2. 超出上述范围的培训，按乙方标准培训价格另行收费。

## 第十条之五 通知

双方往来通知以书面形式送达本合同载明的地址，电子邮件发送成功即视为送达。

## 第十条之六 系统环境

1. 系统上线后，甲方应安排专人负责日常操作管理，不得擅自修改系统配置、数据库结构或程序代码。
2. 甲方擅自修改系统或安装其他软件导致系统异常的，乙方提供的排查和修复服务另行收费。
3. 乙方可通过远程方式提供技术支持，甲方应按乙方要求开通远程访问权限。
4. 甲方应定期备份系统数据库，因甲方未做备份导致的数据丢失，乙方不承担责任。

## 第十一条 责任限制

1. 任何一方均不对对方的间接损失、利润损失承担责任。
2. 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未纠正的，另一方有权书面通知解除本合同。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第十五条 其他

1. 本合同经双方签字盖章后生效，一式两份，双方各执一份。
2. 本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

| 甲方（盖章）：孝感福临米酒有限公司 | 乙方（盖章）：苏州酿云工业软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期： | 日期： |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N; Romanian vendor; only Romanian law)
H530E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QMS-2025-RO-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Transilva Quality Software S.R.L., a company registered in Cluj-Napoca, Romania, with its office at Strada Observatorului 92, Cluj-Napoca (the "Vendor"), and Hohhot Caoyuan Dairy Co., Ltd., a company registered in Hohhot, Inner Mongolia, People's Republic of China (the "Customer").
P:Background. The Customer runs three milk-processing plants and wishes to replace its paper-based quality records with an electronic quality management system. The Vendor publishes the TQ-Quality suite and offers the configuration and migration services described below. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the TQ-Quality suite modules listed in Article 3, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the configurations, workflow definitions, report templates, interface programs and documents that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Customer, including laboratory results, batch records and supplier audit records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its three plants and head office for its own business, for the number of users stated in Article 3.
P:2.2 The Vendor shall configure the Licensed Software to the Customer's processes (incoming milk testing, HACCP monitoring, non-conformance and CAPA, laboratory management and supplier audits), build interfaces to the Customer's ERP and laboratory instruments, migrate the historical quality records of the last three production seasons, and train key users and administrators.
H:Article 3 Prices
P:3.1 The prices, inclusive of VAT and any withholding tax, are:
P:(a) TQ-Quality named-user licences, perpetual, 180 users at CNY 4,200 each: CNY 756,000;
P:(b) TQ-Quality server and database licence, perpetual: CNY 214,000;
P:Licence subtotal: CNY 970,000;
P:(c) configuration and interfaces: CNY 312,000;
P:(d) data migration: CNY 88,000;
P:(e) training: CNY 46,000.
P:3.2 The total contract price is CNY 1,416,000. The prices are fixed for the duration of the project and include the travel and living costs of the Vendor's consultants in China.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total contract price (CNY 283,200) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total contract price (CNY 637,200) within 20 days after the go-live of the system at all three plants. Go-live is not acceptance.
P:4.3 The Customer shall pay 35% of the total contract price (CNY 495,600) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live within 150 days after signature, in accordance with the project plan in Annex 1.
P:5.2 Acceptance criteria: (a) every configured workflow passes the test scripts agreed in Annex 2; (b) the migrated records reconcile with the source records, with no missing batch; (c) the ERP and instrument interfaces run for 20 consecutive working days without an unresolved error; (d) the system responds within three seconds for standard queries with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met the Customer shall sign a Final Acceptance certificate within ten working days. Use of the system in production, go-live or payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation for 24 months from Final Acceptance. During this period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support response times: Severity 1 (a plant cannot record or release batches) response within one hour and a workaround within eight hours; Severity 2 response within three hours; Severity 3 response within two working days.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on request.
P:6.4 After the warranty, the Customer may order annual support at 14% of the licence subtotal per year (CNY 135,800). This fee is fixed for the three years following the warranty. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables pass to the Customer on payment. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The system is hosted in the Customer's own data centre. The Vendor shall access it only through the Customer's VPN with multi-factor authentication, with each remote session approved in advance, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law when handling Customer Data.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to Customer Data, shall assist in containing it, and shall be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including formulas, supplier lists and test results, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Liquidated Damages and Liability
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to breach of Articles 8 and 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 If the delay damages under Article 10.1 reach their limit, the Customer may terminate this Agreement and recover the amounts paid for the undelivered part.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Romania.
P:13.2 Any dispute arising out of this Agreement shall be settled by arbitration at the Court of International Commercial Arbitration attached to the Chamber of Commerce and Industry of Romania, in Bucharest, in English.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager within ten days after signature. The Vendor's project manager shall speak Chinese or be supported by an interpreter at the Vendor's cost, and shall attend a weekly progress meeting, in person or by video.
P:14.2 The Vendor shall provide at least two consultants on site at the Customer's plants during configuration, testing and go-live, and shall not replace the named lead consultant without the Customer's agreement, which shall not be unreasonably withheld.
P:14.3 The Customer shall provide workspace, network access, test data and the participation of its key users as set out in the project plan. If the Customer's delay causes a delay of the project, the dates in Article 5.1 are extended accordingly.
H:Article 15 Training and Documentation
P:15.1 The Vendor shall train 20 key users and six administrators at the Customer's head office, and shall provide user manuals, administrator manuals and interface specifications in Chinese.
P:15.2 The training is complete when the trained key users have passed the Vendor's practical test and the Customer has confirmed the training record.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, provided that it informs the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 90 days, either party may terminate this Agreement by written notice, and the Vendor shall refund the amounts paid for work not yet performed.
H:Article 17 Notices and Language
P:17.1 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt.
P:17.2 This Agreement is written in English. The Customer may prepare a Chinese translation for its internal use; in case of difference the English text prevails.
H:Article 18 General
P:18.1 Annexes: Annex 1 Project Plan; Annex 2 Acceptance Test Scripts; Annex 3 Module List.
P:18.2 This Agreement is made in two originals in English, one for each party, and takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Name and title:                         Name and title:
P:Date:                                   Date:
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms; Bulgarian vendor; 99.8 %, aggregated reuse, 6-month cap)
H530E02 = """# ORDER FORM — FIELDDESK WORK-ORDER SERVICE

**Order Form No.:** FD-CN-2025-0417
**Provider:** Fielddesk Cloud EOOD, 14 Tsar Boris III Boulevard, Plovdiv 4000, Bulgaria ("Provider")
**Customer:** Wuhan Jiangcheng Property Management Co., Ltd., Wuhan, Hubei Province, People's Republic of China ("Customer")

This Order Form and the General Terms below form the agreement between Provider and Customer (the "Agreement"). Customer manages 62 residential compounds and office buildings and will use the Service for repair requests, planned maintenance, inspections and contractor work orders. At Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

## A. Service and Subscription Term

1. Service: Fielddesk work-order management, web and mobile apps, resident request portal (WeChat mini-program connector), asset register, planned-maintenance scheduler, reporting.
2. Users: 320 named users (dispatchers, technicians and supervisors). Residents using the portal are not counted as users.
3. Service Start Date: the date of Onboarding Acceptance under clause 4 of the General Terms, planned for 1 November 2025.
4. Subscription Term: two Subscription Years from the Service Start Date. The first Subscription Year runs from the Service Start Date to the day before its first anniversary; the second Subscription Year follows it.
5. Hosting region: Provider's cloud environment in the Alibaba Cloud Shanghai region.

## B. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first Subscription Year | 320 users x CNY 90 per user per month | 345,600 |
| Subscription, second Subscription Year | 320 users x CNY 90 per user per month | 345,600 |
| Onboarding (configuration, data import, mini-program connector, training) | one-time | 48,000 |
| Total Contract Value | | 739,200 |

Additional users may be added at CNY 90 per user per month, pro rata for the rest of the Subscription Year.

## C. Invoicing and Payment

1. The onboarding fee is invoiced on Onboarding Acceptance.
2. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.
3. Invoices are payable within 30 days by bank transfer in CNY.
4. No amount is payable before the Service Start Date.

## D. Renewal

The Agreement ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

## E. Signatures

For Provider: ____________________  Name: Georgi Petkov, Managing Director  Date: __________
For Customer: ____________________  Name: ____________________  Date: __________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the hosted Fielddesk service described in the Order Form, including updates that Provider makes generally available.
1.2 "Customer Data" means all data submitted to the Service by or for Customer, including resident names, phone numbers, addresses, photographs, work orders and asset records.
1.3 "Custom Work" means the configurations, report templates, workflow rules and the mini-program connector that Provider prepares specifically for Customer.

## 2. Right to Use

2.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for its internal business, within the number of users ordered.
2.2 Customer shall not resell the Service or use it to build a competing product.

## 3. Onboarding

3.1 Provider shall configure the Service to Customer's service catalogue, import Customer's asset register and open work orders, connect the resident request portal, and train 24 dispatchers and supervisors, within 45 days after signature.
3.2 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000 in total.

## 4. Onboarding Acceptance

4.1 Onboarding is accepted when: (a) the imported assets and open work orders reconcile with Customer's export, with no missing record; (b) a resident request submitted through the mini-program reaches a dispatcher within one minute in 50 test submissions out of 50; (c) the test scripts agreed in the onboarding plan are passed for all user roles; and (d) Customer signs the acceptance form.
4.2 Customer shall test within ten working days after Provider's notice of readiness. Use of the Service for training does not constitute acceptance.

## 5. Service Levels

5.1 Provider shall make the Service available 99.8% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Priority 1 incidents (the Service is unavailable, or work orders cannot be created or dispatched) shall be responded to within one hour, 24 hours a day, and Provider shall work continuously on them until service is restored. Priority 2 incidents shall be responded to within eight business hours.
5.3 If availability in a month falls below the commitment, Customer receives a service credit of 5% of the monthly subscription fee for each 0.5 percentage point, or part of it, below the commitment, up to 25% of the monthly fee. A late Priority 1 response earns a credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

## 6. Customer Data

6.1 As between the parties, Customer owns Customer Data. Provider processes Customer Data to provide the Service and support.
6.2 Customer grants Provider a perpetual licence to use Customer Data in aggregated and de-identified form, combined with data of other customers, to compile industry benchmarks, improve the Service and develop new products. Provider may continue this use after the Agreement ends.
6.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 30 days and shall then delete it from the production systems.

## 7. Data Security

7.1 Provider shall maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access, logging of administrator access, daily backups kept in mainland China, and annual third-party penetration tests.
7.2 Personal information of residents is stored in mainland China and processed in accordance with the PRC Personal Information Protection Law.
7.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall indemnify Customer against losses and regulatory penalties caused by a security incident attributable to Provider.

## 7A. Customer Responsibilities

7A.1 Customer is responsible for the accuracy of the data it submits, for keeping user credentials secure and for the conduct of its users. Customer shall name two administrators who manage user accounts and act as first contact for its staff.
7A.2 Customer shall obtain the consents and give the notices required by law for the personal information of residents that it collects through the resident request portal.

## 7B. Support and Updates

7B.1 Support is provided in Chinese and English through the support portal, by e-mail and by telephone. Provider publishes release notes at least seven days before each update that changes how users work.
7B.2 Provider shall not remove a feature that Customer uses in its daily work during the Subscription Term without offering an equivalent replacement.

## 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to personnel who need to know it. These obligations continue for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Provider retains all rights in the Service and its standard components.
9.2 Custom Work belongs to Customer. Provider shall deliver it in editable form on Onboarding Acceptance, and Customer may use, modify and license it without restriction.

## 10. Sub-processors

10.1 Provider uses the sub-processors listed in the Annex (hosting and SMS delivery). Provider shall not engage a new sub-processor or subcontractor for the Service without Customer's prior written consent.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss or lost profits.
11.2 Each party's total liability arising out of or relating to this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of clauses 7 and 8 or to fraud.

## 12. Termination

12.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.
12.2 Customer may also terminate if availability falls below 97% in any two months of a Subscription Year. On such termination Provider shall refund the prepaid fees for the remaining period.

## 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The language of arbitration is English.

## 14. General

14.1 Notices are given in writing by e-mail to the contacts named in the Order Form.
14.2 If the Order Form and these General Terms conflict, the Order Form prevails.
14.3 Neither party may assign the Agreement without the other party's written consent.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, price table; Albanian vendor; buyer's paper; compliant)
H530E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR A WAREHOUSE TEMPERATURE MONITORING SYSTEM
P:Contract No. QDLL-PUR-2025-0093
P:Buyer: Qingdao Haitong Cold Chain Logistics Co., Ltd., Jiaozhou, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Adriatik Sense Sh.p.k., Rruga Tregtare 18, Durres, Albania (the "Supplier").
P:The Buyer operates a cold-storage warehouse of 14 chambers, 3 loading docks and 2 blast freezers at Jiaozhou. Following a request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system for the site. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software licensed under clause 3, including its alarm and reporting functions.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's warehouse at No. 6 Gangkou Road, Jiaozhou.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install and calibrate all sensors, install the gateways and cabling for their power supply, configure alarms by chamber, integrate the System with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The System shall record the temperature of every chamber, dock and freezer at intervals of no more than one minute and send alarms by SMS, WeChat and on-site sirens when limits are exceeded.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,510,000 including VAT, duties, delivery to the Site and insurance, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, -40 to +60 °C|640|1,150|736,000
TB:2|LoRaWAN gateways with battery back-up|24|9,800|235,200
TB:3|Door-open contact sensors|180|420|75,600
TB:4|ColdWatch software, perpetual site licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,314,800
TB:5|Installation and commissioning|1|142,000|142,000
TB:6|Calibration with CNAS certificates|1|38,400|38,400
TB:7|Training|1|14,800|14,800
TB:|Contract Price|||1,510,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate or other adjustment.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 151,000) is paid within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 830,500) is paid within 15 days after all Equipment has been delivered and installed. Installation is not acceptance.
P:4.3 35% of the Contract Price (CNY 528,500) is paid within 15 days after Final Acceptance.
P:4.4 All payments are made in CNY to the Supplier's account stated in its invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Site within 70 days after signature and complete installation within 100 days after signature.
P:5.2 Installation work in the chambers shall be planned with the Buyer's warehouse manager so that goods remain at the correct temperature. The Supplier's personnel shall follow the Buyer's site safety and cold-room rules.
P:5.3 If the Supplier fails to complete installation or Final Acceptance by the dates in this clause for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 After installation the System shall run for 30 consecutive days.
P:6.2 Acceptance criteria: (a) every sensor reports to the Software, with fewer than one missed reading in every 200 expected readings during the run period; (b) a spot check of 10% of the sensors against a reference thermometer shows a deviation of no more than ±0.3 °C; (c) every chamber alarm reaches the duty phone within 60 seconds in the alarm test; (d) the WMS interface transfers chamber status without error; and (e) the CNAS calibration certificates for all sensors have been delivered.
P:6.3 When all criteria are met the parties sign the Final Acceptance certificate. Delivery, installation, use of the System or any payment does not by itself constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including batteries that fail, and provide Software updates free of charge.
P:7.2 Severity 1 faults (loss of monitoring for a chamber, or alarms not sent): the Supplier shall respond within two hours and restore monitoring within eight hours, using spare sensors and gateways kept at the Site. Severity 2 faults: response within eight hours and repair within three working days.
P:7.3 For each full hour by which a Severity 1 response or restoration is late the Supplier shall pay CNY 600, deducted from any amount due or from the performance security.
P:7.4 After the warranty, the Buyer may order annual support at 9% of the Hardware and Licence Subtotal per year (CNY 118,332), fixed for the three years after the warranty, including recalibration and battery replacement. Each support year is ordered separately; there is no automatic renewal.
H:7A. Spare Parts and Documentation
P:7A.1 The Supplier shall keep a stock of spare parts at the Site of at least 2% of the sensors and two gateways throughout the warranty period and shall replenish it within 15 days after use.
P:7A.2 The Supplier shall deliver operating manuals, maintenance manuals, wiring diagrams and the sensor location plan in Chinese, and shall update them after any change made during the warranty period.
P:7A.3 The Supplier shall keep spare parts available for purchase for at least seven years after Final Acceptance, and shall inform the Buyer at least 180 days before any sensor or gateway model is discontinued, offering a compatible replacement.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, and the Buyer has a perpetual licence to use it at the Site.
P:8.2 The alarm configurations, reports, dashboards and WMS interface programs developed for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver their source files at Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 All temperature records, alarm logs and warehouse data belong to the Buyer and are stored on the Buyer's server at the Site. The Supplier may use them only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System, take immediate remedial action, and compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer list, storage layout and network details, and shall not disclose it without prior written consent. This clause survives termination for three years.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local cabling work by an approved subcontractor remains the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:13A. Force Majeure
P:13A.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, port closures or government measures, provided it notifies the other party within seven days and takes reasonable steps to limit the effect. The dates in clause 5 are extended by the duration of the event. If the event lasts more than 90 days, either party may terminate this Contract by written notice.
H:13B. Import and Compliance
P:13B.1 The Supplier is responsible for export licences, shipping, import customs clearance as the Buyer's agent, and for the radio-type approval of the sensors and gateways in the People's Republic of China. The Supplier shall provide the certificates of origin, conformity certificates and packing lists with each shipment.
H:14. General
P:14.1 The Supplier shall provide a performance security of 5% of the Contract Price, valid until Final Acceptance.
P:14.2 Annexes: Annex 1 Equipment list and chamber allocation; Annex 2 Acceptance test plan; Annex 3 Training plan.
P:14.3 This Contract is made in English and Chinese, two originals of each. Both texts have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Section N.N, schedules as tables; North Macedonian vendor; no data security, no confidentiality)
H530E04 = """# MANAGED DIGITAL SIGNAGE SERVICE AGREEMENT

Agreement reference: PLX-HZ-2025-07

**Service Provider:** Pelister Display Systems DOOEL, Bulevar 1 Maj 45, Bitola 7000, North Macedonia ("Provider")

**Customer:** Hangzhou Maibao Bakery Chain Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

Customer operates 120 bakery stores in Zhejiang. It wishes to replace printed menu boards and posters with digital screens whose content is managed centrally, and to have the screens, media players and content platform run as a managed service. Provider offers this service to retail chains. At Customer's request all charges are in Chinese yuan (CNY).

## Section 1. Definitions

1.1 "Service" means the managed digital signage service described in Schedule 1.
1.2 "Store Kit" means the screens, media players, mounts and cables that Provider installs and maintains in each store. Store Kits remain Provider's property.
1.3 "Platform" means Provider's content management platform through which Customer schedules content.
1.4 "Customer Content" means the menus, prices, images, videos and promotions that Customer creates or uploads to the Platform.
1.5 "Rollout Acceptance" has the meaning given in Section 4.3.
1.6 "Service Period" means the 24 months starting on the first day of the month after Rollout Acceptance.

## Section 2. Service

2.1 Provider shall install a Store Kit in each of Customer's 120 stores, connect it to the Platform, and operate, monitor and maintain the screens, players and Platform throughout the Service Period.
2.2 Provider shall design eight content templates in Customer's brand style (menu boards, daily specials, seasonal promotions and queue information) and shall load Customer Content according to Customer's schedule when Customer asks it to.
2.3 Customer may add stores during the Service Period at the monthly charge in Schedule 2, and Provider shall install a Store Kit within 20 days after Customer's order.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Service Period is CNY 2,054,400.
3.2 The onboarding charge is invoiced on Rollout Acceptance. Monthly charges are invoiced quarterly in arrears, at the end of each quarter of the Service Period.
3.3 Customer shall pay each correct invoice within 30 days. No advance payment is due under this Agreement.
3.4 Charges are fixed for the Service Period.

## Section 4. Rollout and Acceptance

4.1 Provider shall complete the installation in all 120 stores within 75 days after signature, following the store sequence agreed with Customer. Installation work shall be done outside store opening hours.
4.2 If Rollout Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 60,000.
4.3 Rollout Acceptance takes place when: (a) the Store Kit in every store displays the scheduled content from the Platform; (b) a price change published centrally appears on all store screens within ten minutes, tested three times; (c) every player reports its status to the monitoring console; and (d) the eight templates have been approved by Customer's marketing department. Customer shall confirm Rollout Acceptance in writing within five working days after Provider shows that the criteria are met.

## Section 5. Service Levels

5.1 The service levels and service credits are set out in Schedule 3.
5.2 Service credits are deducted from the next invoice. Credits in a quarter may not exceed 20% of the monthly charges for that quarter.
5.3 Provider shall send Customer a monthly service report showing availability per store, incidents and their resolution times.

## Section 6. Customer Content and Intellectual Property

6.1 Customer Content remains Customer's property. Provider shall use Customer Content only to provide the Service and shall not use it for any other purpose.
6.2 The eight templates and any other designs that Provider creates for Customer belong to Customer, which may use, change and license them freely, also after the Service Period. Provider shall hand over the source design files on request.
6.3 Provider retains all rights in the Platform and the player software.
6.4 On expiry or termination Provider shall return Customer Content in its original file formats within 15 days.

## Section 7. Store Kit

7.1 Provider shall replace any faulty screen or player at its own cost during the Service Period. Damage caused by Customer's staff or customers is repaired at the prices in Schedule 2.
7.2 At the end of the Service Period Provider shall remove the Store Kits within 30 days, repairing any damage to walls and fittings, unless the parties agree a new term.

## Section 7A. Customer's Obligations

7A.1 Customer shall give Provider's technicians access to the stores at agreed times, provide a power socket and a network connection at each screen position, and name a store contact for each visit.
7A.2 Customer is responsible for the accuracy of Customer Content, including prices, allergen information and promotional claims, and for obtaining the rights to any images or music it uploads.
7A.3 Customer shall inform Provider at least 30 days in advance of any store closure or relocation. Provider shall move or remove the Store Kit at the relocation charge in Schedule 2, and the monthly charge for a closed store ends on removal.

## Section 7B. Force Majeure

7B.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, power or network failures affecting a whole city, or government measures. Service credits do not apply to such periods. If such an event prevents the Service in more than half of the stores for more than 60 days, either party may terminate this Agreement by written notice.

## Section 8. Subcontracting

8.1 Provider may use local installation contractors in Zhejiang only with Customer's prior written consent, and remains responsible for their work and conduct in the stores.

## Section 9. Liability

9.1 Neither party is liable for indirect loss or loss of profit.
9.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or damage to property caused by Provider's installation work.
9.3 Provider shall keep public liability insurance covering installation and maintenance work in the stores.

## Section 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Service Period. It does not renew automatically; a further term requires a written agreement, and the monthly charge for any further term shall not exceed the charge in Schedule 2.
10.2 Customer may terminate this Agreement by written notice if Provider materially breaches it and does not remedy the breach within 30 days after notice, or if monthly availability falls below 97% in three months of the Service Period.
10.3 Provider may terminate if Customer fails to pay undisputed charges within 60 days after a written reminder.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.
11.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 12. General

12.1 Notices shall be in writing and sent to the addresses above or by e-mail to the named contacts.
12.2 The Schedules form part of this Agreement.

Signed for Provider: ____________________   Signed for Customer: ____________________

Date: ____________________   Date: ____________________

---

## Schedule 1 — Service Description

| Component | Provider's obligation |
|---|---|
| Store Kits | Two 55-inch menu screens and one 43-inch window screen per store, media player, mounts, power and network cables |
| Platform | Hosted content management with scheduling by store group, time of day and date |
| Monitoring | Remote monitoring of every player from 06:00 to 23:00 every day |
| Content operations | Loading and scheduling of Customer Content on request, up to 40 changes per month |
| Field service | On-site repair or replacement of faulty screens and players |
| Reporting | Monthly service report |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 120 stores x CNY 680 per store per month x 24 months | 1,958,400 |
| Onboarding (installation, templates, training) | one-time | 96,000 |
| Total Contract Value | | 2,054,400 |
| Additional store | per store per month | 680 |
| Repair of damage caused by Customer | per screen | 2,400 |
| Relocation of a Store Kit | per store | 1,800 |

## Schedule 3 — Service Levels and Credits

| Measure | Commitment | Service credit |
|---|---|---|
| Platform availability | 99.95% per month | 3% of the monthly charges for each 0.1 percentage point below the commitment |
| Priority 1 (all stores or a store group without content, or wrong prices shown) | Response within 30 minutes; restoration within 3 hours | CNY 2,000 per incident not met |
| Priority 2 (screens in one store dark) | Response within 2 hours; on-site repair by the next store opening | CNY 300 per incident not met |
| Priority 3 (single screen fault with others working) | Repair within 3 days | none |
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings; Kosovo vendor; data API, no SLA, 3-month cap)
H530E05 = """DATA SUBSCRIPTION AGREEMENT - AGROMETEO DATA API

Agreement No.: AMD-2025-CN-031

BETWEEN

Agrometeo Analytics L.L.C., a company registered in Kosovo, with its seat at Rruga Agim Ramadani 21, 10000 Prishtina, Kosovo (the "Supplier"); and

Henan Zhongyuan Grain Trading Co., Ltd., a company registered in Zhengzhou, Henan Province, People's Republic of China (the "Customer").

RECITALS

(A) The Supplier collects, models and distributes weather observations, seasonal forecasts and crop-condition indices for grain-producing regions, and makes them available through an application programming interface (the "API").

(B) The Customer buys and sells wheat, maize and soybeans and wishes to use the Supplier's data in its purchasing and risk models, and to have the Supplier build a connector that loads the data into the Customer's data warehouse.

(C) At the Customer's request, all fees under this Agreement are stated and paid in Chinese yuan (CNY).

The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the weather observations, forecasts, indices and related metadata delivered through the API.

1.2 "Plan" means the Professional plan described in clause 4, with a monthly allowance of 2,000,000 API calls.

1.3 "Subscription Years" means the first Subscription Year, from 1 December 2025 to 30 November 2026, and the second Subscription Year, from 1 December 2026 to 30 November 2027. Together they form the "Subscription Term".

1.4 "Connector" means the software that the Supplier builds for the Customer to load the Data into the Customer's data warehouse, with its configuration and documentation.

1.5 "Customer Information" means the Customer's API keys, query parameters, locations of interest, usage logs and any other information the Customer provides to the Supplier.

2. SUBSCRIPTION AND LICENCE

2.1 The Supplier grants the Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Data for its internal business, including its purchasing, hedging and risk models and internal reports.

2.2 The Customer may show Data in reports to its banks, auditors and insurers, but shall not resell the Data, publish it, or provide it to third parties as a data feed.

2.3 Data retrieved during the Subscription Term may be kept and used internally by the Customer after the Subscription Term ends.

3. CONNECTOR AND INTEGRATION

3.1 The Supplier shall build the Connector, which calls the API on a schedule set by the Customer, checks the completeness of each delivery, converts units to the Customer's standards and loads the Data into the Customer's data warehouse. It shall also provide two days of remote training for the Customer's data team.

3.2 The Supplier shall deliver the Connector and API credentials for the production environment by 20 November 2025. If it is late for reasons attributable to the Supplier, it shall pay the Customer CNY 400 for each day of delay, up to CNY 12,000.

3.3 Integration Sign-off. The Connector is accepted when: (a) it has loaded the full historical series for the 36 regions ordered by the Customer; (b) every daily delivery during a test period of ten consecutive days has loaded completely, with record counts matching the Supplier's delivery report; (c) the loaded Data matches the API response in a sample of 500 records; and (d) the Customer has signed the Integration Sign-off form. The Customer shall sign within five working days after these conditions are met.

4. FEES AND PAYMENT

4.1 The fees are:

    Professional plan, first Subscription Year ............ CNY 264,000
    Professional plan, second Subscription Year ........... CNY 264,000
    Connector and integration, one-time .................... CNY 36,000
    Total fees .............................................. CNY 564,000

4.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Overage charges are not part of the total fees above.

4.3 The integration fee is invoiced on Integration Sign-off. The fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days.

4.4 The fees are fixed for the Subscription Term.

5. SERVICE AND SUPPORT

5.1 The Supplier will use commercially reasonable efforts to keep the API available and to deliver Data updates in accordance with the published update schedule for each data set.

5.2 The Supplier may carry out maintenance of the API from time to time and will try to announce planned maintenance on its status page in advance.

5.3 Support is provided by e-mail in English and Chinese on Supplier business days. The Supplier will handle support requests as quickly as it reasonably can.

5.4 The Supplier may improve or change the data models behind the Data, and will publish a change notice at least 30 days before any change to the format of the API.

6. CUSTOMER INFORMATION AND DATA SECURITY

6.1 Customer Information belongs to the Customer. The Supplier shall use it only to provide the API, the Connector and support under this Agreement, and shall not use it for any other purpose, including to infer the Customer's trading positions or to inform other customers.

6.2 The Supplier shall protect Customer Information with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logging, and shall delete the Customer's usage logs within 90 days after the Subscription Term ends.

6.3 If a security incident affects Customer Information or the Customer's API keys, the Supplier shall notify the Customer within 24 hours, revoke and reissue the affected keys, and indemnify the Customer for losses caused by an incident attributable to the Supplier.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, the Customer's locations of interest and the Supplier's model documentation, and shall use it only for this Agreement. These obligations continue for three years after the Subscription Term ends.

8. INTELLECTUAL PROPERTY

8.1 The API, the Data and the Supplier's models remain the property of the Supplier and its data sources, subject to the licence in clause 2.

8.2 The Connector is developed for the Customer and belongs to the Customer. The Supplier shall deliver its source code on Integration Sign-off, and the Customer may use, modify and license it without restriction.

9. SUBCONTRACTING

9.1 The Supplier shall not subcontract the development of the Connector or the support services without the Customer's prior written consent.

10. LIABILITY

10.1 The Data are forecasts and estimates. The Customer is responsible for its own trading decisions, and the Supplier gives no warranty that forecasts will prove accurate.

10.2 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.3 The Supplier's total liability under or in connection with this Agreement is limited to the fees paid by the Customer in the three months preceding the event that gave rise to the claim. The limit does not apply to breach of clauses 6 and 7.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If the Customer terminates under clause 11.2, the Supplier shall refund the part of the fees paid for the remaining period of the Subscription Term.

12. FORCE MAJEURE

12.1 Neither party is liable for delays caused by events beyond its reasonable control, including failures of public networks, natural disasters and government measures, provided it informs the other party promptly.

12.2 If such an event prevents the delivery of Data for more than 30 consecutive days, the Customer may terminate this Agreement by written notice, and the Supplier shall refund the fees paid for the remaining period.

CUSTOMER OBLIGATIONS

12A.1 The Customer shall keep its API keys secure, shall use the API only through the Connector or its own systems, and shall not share its keys with third parties.

12A.2 The Customer shall name a technical contact for the integration and shall provide the Supplier with test access to a staging copy of its data warehouse during the integration period. If the Customer's delay in providing access delays Integration Sign-off, the date in clause 3.2 is extended accordingly.

12A.3 The Customer shall inform the Supplier promptly if it detects errors or gaps in the Data, so that the Supplier can correct them in the next delivery.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing, in English.

14. GENERAL

14.1 Notices shall be in writing and sent by e-mail to the contacts named by each party, with a copy by courier for notices of breach or termination.

14.2 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

SIGNED

For the Supplier: ____________________   Name and title: ____________________   Date: __________

For the Customer: ____________________   Name and title: ____________________   Date: __________
"""

# ============================================================================ targets
FILES = {
    "z01": ("h530z01_financial_regulator_illegal_fundraising_platform.pdf", "pdf", H530Z01, "zh"),
    "z02": ("h530z02_yeast_plant_fermentation_control_retrofit.docx", "docx", H530Z02, "zh"),
    "z03": ("h530z03_pet_store_chain_membership_inventory_saas.txt", "txt", H530Z03, "zh"),
    "z04": ("h530z04_public_resource_exchange_system_om.txt", "txt", H530Z04, "zh"),
    "z05": ("h530z05_rice_wine_mes_supplier_template.md", "md", H530Z05, "zh"),
    "e01": ("h530e01_dairy_qms_licence_romanian_vendor.pdf", "pdf", H530E01, "en"),
    "e02": ("h530e02_property_work_order_saas_bulgarian_vendor.md", "md", H530E02, "en"),
    "e03": ("h530e03_cold_store_sensors_albanian_supplier.docx", "docx", H530E03, "en"),
    "e04": ("h530e04_bakery_digital_signage_managed_service_mk.md", "md", H530E04, "en"),
    "e05": ("h530e05_grain_trader_weather_data_api_kosovo.txt", "txt", H530E05, "en"),
}

# ============================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, extra) ; extra: sla_clause, ld_stated, capped (goods only), deemed, value
L = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True,
                         False, "PRC", G], (True, True, True, False, 2120000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True,
                         False, "PRC", G], (True, True, True, False, 1750000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                      False, "PRC", S], (True, True, None, False, 486000)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         False, True, None, S], (True, True, None, False, 846000)),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, None, 20, 45, False, False, 6, None, False, True,
                         None, "PRC", G], (True, False, False, True, 1136000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 14, False, True, False,
                         "Romania", G], (True, True, True, False, 1416000)),
    "e02": ("cloud", [99.8, 1, True, "buyer", True, False, True, 500 / 739200 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], (True, True, None, False, 739200)),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 9, False, True, False,
                         "PRC", G], (True, True, True, False, 1510000)),
    "e04": ("services", [99.95, 0.5, True, "buyer", False, True, False, 1500 / 2054400 * 100, 150, None, True, None,
                         None, None, False, True, False, "PRC", S], (True, True, None, False, 2054400)),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 400 / 564000 * 100, 3 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], (False, True, None, False, 564000)),
}
FEE_BASE = {"z01": 1180000, "z02": 1456000, "z05": 620000, "e01": 970000, "e03": 1314800}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
    "e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, vals, (sla, lds, capped, deemed, value) = L[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][3], "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(rules_for(key, terms, extra))}


def tco(key, t):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    value = L[key][2][4]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * post_years
    return value + fees, fees / (value + fees) * 100


def rules_for(key, t, x):
    """My own reading of policy.md section 3 (not project code)."""
    r = []
    goods = t["contract_kind"] == G
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
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.append("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
        if tco(key, t)[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ============================================================================ threshold scan
NUM = "〇零一二三四五六七八九十百两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hours?|-hour)", r"(?<![%s])四\s*个?\s*小时" % NUM, r"(?i)\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"(?<![\d.])100\s*%", r"百分之(?:一)?百",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?|-month)", r"(?<![%s])十二\s*个?\s*月" % NUM, r"(?i)\btwelve[\s-]*months?",
    r"(?<![%s])一\s*年(?!度)" % NUM, r"(?i)\bone[\s-]*years?\b", r"(?<![\d.])1\s*(?:年(?!度)|years?\b)",
    r"(?<![\d.])15\s*%", r"百分之十五(?![一二三四五六七八九点])",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成",
    r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-year)", r"(?<![%s])五\s*年(?!度)" % NUM, r"(?i)\bfive[\s-]*years?",
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)", r"(?i)\bsixty[\s-]*months?",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年", "五年", "five years", "5 years",
            "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "十四小时", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "130%", "0.055", "14%", "4.5小时", "Subscription Year", "25 years", "2015年", "120个月",
             "十一年", "一年度", "45%", "35%", "0.5 years"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(form):
                out.append((rx.pattern, form[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ============================================================================ read back
def read_back(path):
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src, lang) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    bad = []
    fired = set()
    for k, (name, kind, src, lang) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        for v in lab["expected_terms"].values():
            assert v not in (99.9, 4, 0.05, 100, 30, 12, 15) or isinstance(v, bool), (k, v)
        t = lab["expected_terms"]
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            total, share = tco(k, t)
            assert not 38 <= share <= 42, (k, share)
            print("  TCO %s: %.0f, share %.2f %%" % (k, total, share))
        fired |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        for where, s in (("source", src), ("built", text)):
            for h in hits(s):
                bad.append((k, where, h))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        flag = "" if lo <= n <= hi else "  <-- OUT OF RANGE"
        print("%s %s %s %d %s, %s risk %s%s" % (k, name, lang, n, "chars" if lang == "zh" else "words",
                                               ",".join(lab["expected_rules"]) or "(none)", risk(lab["expected_rules"]), flag))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    for b in bad:
        print("THRESHOLD HIT", b)
    assert not bad
    print("all 20 rules fire; no threshold figure found")


if __name__ == "__main__":
    main()
